// Scores what the invoice extractor found against a truth file (the shared corpus's truth.json or
// the generated invoices' one): per field right / wrong / missing, with the rules a reader would
// apply (amounts to the cent, dates exact, names equal once case, punctuation and legal forms are
// set aside). Shared by the invoice tests and `scripts/measure-invoices.ts`.
import type { InvoiceData } from '../../lib/pipeline/types';

export type InvoiceTruth = {
  language: string;
  type_code: string;
  number: string;
  issue_date: string;
  due_date: string | null;
  currency: string;
  grand_total: number;
  due_payable: number | null;
  tax_total: number | null;
  net_total: number | null;
  seller: string;
  buyer: string;
  /** Per field: whether the page shows the value (absent: it does). */
  visible?: Record<string, boolean>;
};

export const SCORED = ['number', 'issue_date', 'total', 'currency', 'seller', 'buyer', 'due_date', 'tax', 'net', 'type'] as const;
export type ScoredField = (typeof SCORED)[number];
export type Outcome = 'right' | 'wrong' | 'missing' | 'skipped';

const LEGAL_FORMS = /\b(?:gmbh(?: & co\.? kg)?|ag|kg|ohg|ug|e\.?\s?k\.?|sarl|sas|sa|eurl|sasu|bv|b\.v\.|nv|n\.v\.|vof|ltd|limited|llc|llp|inc|plc|corp|corporation|company|co|pvt|private|srl|s\.r\.l\.|spa|s\.p\.a\.|sl|s\.l\.)\b\.?/g;

/** A name reduced for comparison: lower case, no legal form, no punctuation, single spaces. */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(LEGAL_FORMS, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The same party: equal keys, or one key contains the other as whole words (at least 4 characters). */
export function sameName(found: string, truth: string): boolean {
  const a = nameKey(found);
  const b = nameKey(truth);
  if (!a || !b) return false;
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 4 && ` ${long} `.includes(` ${short} `);
}

const sameAmount = (a: number | null | undefined, b: number | null | undefined) => a != null && b != null && Math.abs(a - b) < 0.005;
const sameNumber = (a: string, b: string) => a.replace(/\s+/g, '').toLowerCase() === b.replace(/\s+/g, '').toLowerCase();

function judge<T>(found: T | null | undefined, expected: T | null | undefined, same: (a: T, b: T) => boolean, visible = true): Outcome {
  if (expected == null || !visible) return 'skipped';
  if (found == null || found === '') return 'missing';
  return same(found, expected) ? 'right' : 'wrong';
}

/** Per field, the outcome; `fromPage` leaves out values the page does not show. */
export function scoreInvoice(found: InvoiceData | null, truth: InvoiceTruth, fromPage: boolean): Record<ScoredField, Outcome> {
  const v = (field: string) => !fromPage || truth.visible?.[field] !== false;
  const d = found;
  const creditNote = truth.type_code === '381';
  return {
    number: judge(d?.invoice_number, truth.number, sameNumber, v('number')),
    issue_date: judge(d?.invoice_date, truth.issue_date, (a, b) => a === b, v('issue_date')),
    // The invoice total is the grand total; a page may show only the amount due.
    // A credit note's amounts are credits whether the page prints them negative or not.
    total: judge(d?.total, truth.grand_total, (a, b) => sameAmount(creditNote ? Math.abs(a) : a, creditNote ? Math.abs(b) : b), v('grand_total')),
    currency: judge(d?.currency, truth.currency, (a, b) => a === b, v('currency')),
    seller: judge(d?.seller, truth.seller, sameName, v('seller')),
    buyer: judge(d?.buyer, truth.buyer, sameName, v('buyer')),
    due_date: judge(d?.due_date, truth.due_date, (a, b) => a === b, v('due_date')),
    tax: judge(d?.tax, truth.tax_total, (a, b) => sameAmount(creditNote ? Math.abs(a) : a, creditNote ? Math.abs(b) : b), v('tax_total')),
    net: judge(d?.subtotal, truth.net_total, (a, b) => sameAmount(creditNote ? Math.abs(a) : a, creditNote ? Math.abs(b) : b), v('net_total')),
    type: d ? ((d.document_type === 'credit_note') === creditNote ? 'right' : 'wrong') : 'missing',
  };
}
