// What every field reader of the page works from: the pages' cells, the labels found on them, the
// document's date order and language, and a record of what was found where (the evidence).
import { dateOrder } from '../../../detect/date-order';
import type { DateOrder } from '../../../detect/normalize';
import type { PageLayout } from '../../../layout/types';
import type { InvoiceEvidence } from '../../../types';
import { pageCells, type Cell, type PageCells } from './cells';
import { findLabels, type LabelHit } from './label-hits';

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
