// Which part of an ambiguous numeric date (05/12/2017) is the day: learnt from the document's own
// unambiguous dates, else from its language. Shared by the detectors (fields, entities) and the
// invoice reader, so that one document's dates are read one way everywhere.
import type { DateOrder } from './normalize';

/** The raw numeric dates of a text with both parts, to learn the document's day/month order. */
export function numericDateParts(text: string): [number, number][] {
  return [...text.matchAll(/(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(?:\d{4}|\d{2})(?!\d)/g)].map((m) => [Number(m[1]), Number(m[3])]);
}

/**
 * The document's numeric date order: a date whose first part is over 12 is day first, whose second
 * is, month first; otherwise its language (English with dollars reads month first; the rest day first).
 */
export function dateOrder(text: string, language: string | null): DateOrder {
  let dmy = 0;
  let mdy = 0;
  for (const [a, b] of numericDateParts(text)) {
    if (a > 12 && b <= 12) dmy++;
    else if (b > 12 && a <= 12) mdy++;
  }
  if (dmy !== mdy) return dmy > mdy ? 'dmy' : 'mdy';
  if (language && language !== 'en') return 'dmy';
  if (/\$\s?\d|\bUSD\b/.test(text) && !/[£€₹]|\b(?:GBP|EUR|INR|VAT)\b/.test(text)) return 'mdy';
  return language === 'en' ? 'dmy' : null;
}
