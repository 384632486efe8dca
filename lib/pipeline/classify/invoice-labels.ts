// Evidence for an invoice in any of the languages the invoice reader knows: the labels an invoice
// prints next to its values ("Invoice No.", "Rechnungsdatum", "Date d'échéance", "Total TTC",
// "BTW", "Totale documento"...), found on its first two pages with a value beside them. Three or more
// kinds of them (number, dates, totals, tax, parties) say "invoice" whatever the title.
import { findLabels, valueSpots } from '../extractors/invoice/page/label-hits';
import { pageCells } from '../extractors/invoice/page/cells';
import type { LabelKind } from '../extractors/invoice/page/labels';
import { amountsIn, datesIn, documentNumber } from '../extractors/invoice/page/values';
import type { PageLayout } from '../layout/types';

const KINDS: LabelKind[] = ['number', 'issue_date', 'due_date', 'gross', 'due_amount', 'net', 'tax', 'buyer', 'seller'];

/** The distinct kinds of invoice labels with a value beside them. */
export function invoiceLabelKinds(pages: PageLayout[]): Set<LabelKind> {
  const kinds = new Set<LabelKind>();
  for (const hit of findLabels(pages.slice(0, 2).map(pageCells))) {
    if (hit.strength !== 2 || !KINDS.includes(hit.kind) || kinds.has(hit.kind)) continue;
    const spots = valueSpots(hit).slice(0, 3);
    const ok = spots.some((s) => {
      if (hit.kind === 'number') return documentNumber(s.text, null) !== null;
      if (hit.kind === 'issue_date' || hit.kind === 'due_date') return datesIn(s.text, null).length > 0;
      if (hit.kind === 'buyer' || hit.kind === 'seller') return /\p{L}{3}/u.test(s.text);
      return amountsIn(s.text).length > 0;
    });
    if (ok) kinds.add(hit.kind);
  }
  return kinds;
}
