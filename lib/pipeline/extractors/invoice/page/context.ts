// What every field reader of the page works from: the pages' cells, the labels found on them, the
// document's date order and language, and a record of what was found where (the evidence).
import type { DateOrder } from '../../../detect/normalize';
import type { PageLayout } from '../../../layout/types';
import type { InvoiceEvidence } from '../../../types';
import { pageCells, type Cell, type PageCells } from './cells';
import { findLabels, type LabelHit } from './label-hits';
import { numericDateParts } from './values';

export type PageContext = {
  pages: PageCells[];
  hits: LabelHit[];
  order: DateOrder;
  language: string | null;
  text: string;
};

/** A value found on the page, with why (`page` 0: read from the whole document, not one place). */
export type Found<T> = { value: T; score: number; page: number; label: string | null; text: string; cell?: Cell | null };

export const evidenceOf = (f: Found<unknown> | null | undefined): InvoiceEvidence | undefined =>
  f ? { source: 'page', page: f.page || null, label: f.label, text: f.text || null } : undefined;

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

export function pageContext(layouts: PageLayout[], text: string, language: string | null): PageContext {
  const pages = layouts.map(pageCells);
  return { pages, hits: findLabels(pages), order: dateOrder(text, language), language, text };
}

/** The best of several finds: highest score; among equals, the first. */
export function best<T>(found: (Found<T> | null)[]): Found<T> | null {
  let top: Found<T> | null = null;
  for (const f of found) if (f && (!top || f.score > top.score)) top = f;
  return top;
}
