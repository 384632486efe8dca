// An invoice's data: from the e-invoice XML the PDF embeds where it has one (exact: it is the legal
// invoice), completed from the page where the XML leaves a field out (a MINIMUM profile has no
// seller address, no due date); from the page alone otherwise. Each value says where it came from.
import type { PageLayout } from '../../layout/types';
import type { InvoiceData, InvoiceField } from '../../types';
import { readInvoicePage } from './page/read-page';

export type InvoiceInput = { pages: PageLayout[]; text: string; language: string | null; eInvoice: InvoiceData | null };

/** Fields the page may fill in when the XML does not give them. */
const FILLABLE: [InvoiceField, (d: InvoiceData) => unknown, (d: InvoiceData, from: InvoiceData) => void][] = [
  ['due_date', (d) => d.due_date, (d, p) => (d.due_date = p.due_date)],
  ['seller', (d) => d.seller, (d, p) => ((d.seller = p.seller), (d.seller_details.name = p.seller))],
  ['buyer', (d) => d.buyer, (d, p) => ((d.buyer = p.buyer), (d.buyer_details.name = p.buyer))],
  ['iban', (d) => d.payment.iban, (d, p) => (d.payment.iban = p.payment.iban)],
  ['bic', (d) => d.payment.bic, (d, p) => (d.payment.bic = p.payment.bic)],
  ['seller_vat_id', (d) => d.seller_details.vat_id, (d, p) => (d.seller_details.vat_id = p.seller_details.vat_id)],
  ['buyer_vat_id', (d) => d.buyer_details.vat_id, (d, p) => (d.buyer_details.vat_id = p.buyer_details.vat_id)],
  ['payment_terms', (d) => d.payment.terms, (d, p) => (d.payment.terms = p.payment.terms)],
];

export function extractInvoice(input: InvoiceInput): InvoiceData {
  const page = readInvoicePage(input.pages, input.text, input.language);
  const xml = input.eInvoice;
  if (!xml) return page;
  const merged: InvoiceData = structuredClone(xml);
  for (const [field, get, set] of FILLABLE) {
    if (get(merged) !== null || get(page) === null) continue;
    set(merged, page);
    const evidence = page.evidence[field];
    merged.evidence[field] = evidence ?? { source: 'page', page: null, label: null, text: null };
  }
  return merged;
}
