// Finds dates, money amounts, percentages, e-mail addresses, phone numbers, URLs and IBANs in each
// page's text, with their normalised values. One pass of precompiled regexes per kind and page;
// identical text is reported once per page and each list is capped.
import type { Entities, Entity } from '../types';
import {
  CURRENCY_SOURCE,
  DAY_MONTH_YEAR_SOURCE,
  MONTH_DAY_YEAR_SOURCE,
  parseDate,
  parseMoney,
  parsePercent,
  type DateOrder,
} from './normalize';

const CAP = 200;

// Not inside a longer word, number or code on either side.
const L = String.raw`(?<![\p{L}\p{N}_./\-])`;
const R = String.raw`(?![\p{L}\p{N}_]|[./\-]\p{N})`;
// Numeric dates without back-references (so they combine) and, in running text, with four-digit years.
const NUMERIC_DATES = String.raw`\d{4}(?:-\d{1,2}-|\/\d{1,2}\/|\.\d{1,2}\.)\d{1,2}|\d{1,2}(?:\.\s?\d{1,2}\.\s?|\/\d{1,2}\/|-\d{1,2}-)\d{4}`;
const RE_DATE = new RegExp(`${L}(?:${MONTH_DAY_YEAR_SOURCE}|${DAY_MONTH_YEAR_SOURCE}|${NUMERIC_DATES})${R}`, 'giu');
const RE_DATE_ONLY = new RegExp(`^(?:${NUMERIC_DATES})$`);

// Thousands grouped by , . ' or a (narrow) no-break space; by a plain space only with a decimal
// comma ("120 000,00 €", as French and others print it) and only inside one text segment (money is
// looked for with a page's segments apart, see below), so that a quantity and a price in cells side
// by side ("1 | 250,00 €") stay two numbers. No integer part of several digits starts with 0
// ("000,00 €" is the tail of a grouped amount). At most five groups: a long run of digit groups
// (a hostile page) is scanned in linear time.
const AMOUNT = String.raw`\d{1,3}(?:[,.'\u00a0\u202f]\d{3}){1,5}(?:[.,]\d{1,2})?|[1-9]\d{0,2}(?: \d{3}){1,5},\d{2}|(?:0|[1-9]\d*)(?:[.,]\d{1,2})?`;
// A symbol followed by a number is that number's currency ("11 $32.95"), unless a space parts them
// and that number is a percentage or has a symbol of its own ("4,55 € 10 %", "3,20 € 128,00 €":
// each € is the number's before it).
const NO_NUMBER_NEXT = String.raw`(?![-\u2212]?\d)(?!\s[-\u2212]?(?!(?:${AMOUNT})\s?(?:%|${CURRENCY_SOURCE}|Euros?\b))\d)`;
const RE_MONEY = new RegExp(
  String.raw`\(?[-\u2212]?\s?${CURRENCY_SOURCE}\s?[-\u2212]?(?:${AMOUNT})(?![\d.,]\d)(?!\s?%)\)?|${L}\(?[-\u2212]?(?:${AMOUNT})(?:[.,]-)?\s?(?:${CURRENCY_SOURCE}|Euros?\b)${NO_NUMBER_NEXT}\)?`,
  'gu',
);
const RE_PERCENT = new RegExp(String.raw`${L}[-+\u2212]?\d+(?:[.,]\d+)?\s?(?:%|(?:percent|per cent|prozent|pour cent|por ciento)\b)`, 'giu');
const RE_EMAIL = /(?<![\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,24}(?![\w-])/g;
const RE_URL = /(?<![\w@./])(?:https?:\/\/|www\.)[^\s<>"'`\])}\u2018\u2019\u201c\u201d\u00ab\u00bb]+/gi;
// International (+CC ...) or US-style ((555) 013-2244, 555-013-2244), or any digits after a phone label.
// Every form starts with "+", "(" or a digit: the lookahead in front says so, and V8 then skips the
// other characters at once instead of trying each form's lookbehind there (4 times as fast).
const RE_PHONE = new RegExp(
  String.raw`(?=[(+\d])(?:` +
    [
      String.raw`(?<![\w+])\+\d{1,3}(?:[ .\-]?\(0?\d{1,4}\))?(?:[ .\-]?\d{1,5}){1,6}(?![\w])`,
      String.raw`(?<![\w(+./\-])(?:\(\d{3}\) ?|\d{3}[.\-])\d{3}[.\-]\d{4}(?![\w.\-]*\d)`,
      String.raw`(?<=\b(?:Tel|Tel\.|Telefon|Phone|Fax|Mobile|Mob|Mobil|Cell|T[eé]l[eé]phone|Tél|Tfno|Tel[eé]fono)\.?\s?:?\s?)\(?0\d[\d ()/\-]{4,16}\d(?![\w])`,
    ].join('|') +
    ')',
  'g',
);
const RE_IBAN = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![A-Za-z0-9])/g;

/** Length of an IBAN by country, for the countries that use it most. */
const IBAN_LENGTHS: Record<string, number> = {
  AD: 24, AT: 20, BE: 16, BG: 22, CH: 21, CY: 28, CZ: 24, DE: 22, DK: 18, EE: 20, ES: 24, FI: 18, FR: 27, GB: 22, GR: 27,
  HR: 21, HU: 28, IE: 22, IS: 26, IT: 27, LI: 21, LT: 20, LU: 20, LV: 21, MC: 27, MT: 31, NL: 18, NO: 15, PL: 28, PT: 25,
  RO: 24, SE: 24, SI: 19, SK: 24, SM: 27, TR: 26, AE: 23, SA: 24, IL: 23, BR: 29, UA: 29,
};

/** True when the compact IBAN has a plausible length and passes the ISO 7064 mod-97 check. */
export function isValidIban(compact: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(compact)) return false;
  const expected = IBAN_LENGTHS[compact.slice(0, 2)];
  if (expected !== undefined && compact.length !== expected) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let rest = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    const digits = code >= 65 ? String(code - 55) : ch;
    for (const d of digits) rest = (rest * 10 + (d.charCodeAt(0) - 48)) % 97;
  }
  return rest === 1;
}

export type DateMatch = { text: string; iso: string; index: number };

/** Every date in a text, in order, with its ISO form (an ambiguous numeric one read in `order`). */
export function scanDates(text: string, order: DateOrder = null): DateMatch[] {
  const out: DateMatch[] = [];
  for (const m of text.matchAll(RE_DATE)) {
    const iso = parseDate(m[0], order);
    if (iso) out.push({ text: m[0], iso, index: m.index ?? 0 });
    if (out.length >= CAP * 4) break;
  }
  return out;
}

export type MoneyMatch = { text: string; amount: number; currency: string; index: number };

/** Every amount with a currency in a text, in order. */
export function scanMoney(text: string): MoneyMatch[] {
  const out: MoneyMatch[] = [];
  for (const m of text.matchAll(RE_MONEY)) {
    let t = m[0].trim();
    // Only keep the parentheses when they enclose the amount (a negative), not an aside's end.
    if (t.startsWith('(') !== t.endsWith(')')) t = t.replace(/^\(|\)$/g, '').trim();
    const value = parseMoney(t);
    if (value) out.push({ text: t, amount: value.amount, currency: value.currency, index: m.index ?? 0 });
    if (out.length >= CAP * 4) break;
  }
  return out;
}

/** Digits of a phone number, with its leading "+"; null when the digit count is implausible. */
function phoneDigits(text: string): string | null {
  const digits = text.replace(/\(0\)/g, '').replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 15) return null;
  return text.trim().startsWith('+') ? `+${digits}` : digits;
}

/** The IBAN starting the candidate, cut to its country's length, with the matching text. */
function ibanAt(candidate: string): { text: string; compact: string } | null {
  const compactAll = candidate.replace(/ /g, '');
  const expected = IBAN_LENGTHS[compactAll.slice(0, 2)];
  const compact = expected ? compactAll.slice(0, expected) : compactAll;
  if (!isValidIban(compact)) return null;
  let seen = 0;
  let end = 0;
  while (end < candidate.length && seen < compact.length) if (candidate[end++] !== ' ') seen++;
  return { text: candidate.slice(0, end), compact };
}

class Collector {
  readonly list: Entity[] = [];
  private seen = new Set<string>();
  add(page: number, text: string, normalized?: Entity['normalized']): void {
    const key = `${page}\u0000${text}`;
    if (this.list.length >= CAP || this.seen.has(key)) return;
    this.seen.add(key);
    this.list.push(normalized === undefined ? { text, page } : { text, page, normalized });
  }
}

const trimUrl = (url: string) => url.replace(/[.,;:!?]+$/, '');

/** A page's text, with its lines when it has a layout. */
type EntityPage = { number: number; text: string; lines?: { segments: { text: string }[] }[] };

/** A page's text for money: its lines with their segments (cells, runs set apart) joined by tabs, not spaces. */
const segmentedText = (page: EntityPage) => (page.lines?.length ? page.lines.map((l) => l.segments.map((s) => s.text).join('\t')).join('\n') : page.text);

/** `order`: the document's day/month order (detect/date-order.ts), for dates like 05/12/2017. */
export function detectEntities(pages: EntityPage[], order: DateOrder = null): Entities {
  const dates = new Collector();
  const money = new Collector();
  const percentages = new Collector();
  const emails = new Collector();
  const phones = new Collector();
  const urls = new Collector();
  const ibans = new Collector();
  for (const entry of pages) {
    const { number: page, text } = entry;
    for (const d of scanDates(text, order)) dates.add(page, d.text, d.iso);
    for (const m of scanMoney(segmentedText(entry))) money.add(page, m.text, { type: 'money', amount: m.amount, currency: m.currency });
    for (const m of text.matchAll(RE_PERCENT)) {
      const value = parsePercent(m[0]);
      if (value !== null) percentages.add(page, m[0], { type: 'percent', value });
    }
    for (const m of text.matchAll(RE_EMAIL)) emails.add(page, m[0], m[0].toLowerCase());
    const ibanSpans: [number, number][] = [];
    for (const m of text.matchAll(RE_IBAN)) {
      const iban = ibanAt(m[0]);
      if (!iban) continue;
      ibans.add(page, iban.text, iban.compact);
      ibanSpans.push([m.index ?? 0, (m.index ?? 0) + iban.text.length]);
    }
    for (const m of text.matchAll(RE_URL)) {
      const url = trimUrl(m[0]);
      if (/\.[a-z]{2,}/i.test(url)) urls.add(page, url);
    }
    for (const m of text.matchAll(RE_PHONE)) {
      const at = m.index ?? 0;
      if (ibanSpans.some(([a, b]) => at < b && at + m[0].length > a)) continue;
      const t = m[0].trim();
      const digits = phoneDigits(t);
      if (digits && !RE_DATE_ONLY.test(t)) phones.add(page, t, digits);
    }
  }
  return {
    dates: dates.list,
    money: money.list,
    percentages: percentages.list,
    emails: emails.list,
    phones: phones.list,
    urls: urls.list,
    ibans: ibans.list,
  };
}
