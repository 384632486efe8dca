// An invoice read from its pages alone: each field by its own reader over the labels and layout,
// then the arithmetic of the totals checked, and for every value the page, label and text it was
// read from.
import type { PageLayout } from '../../../layout/types';
import type { InvoiceData } from '../../../types';
import { emptyInvoice, totalsChecks } from '../embedded/common';
import { chooseTotals, amountCandidates } from './amounts';
import { evidenceOf, pageContext, type Found } from './context';
import { readCurrency } from './currency';
import { readDueDate, readIssueDate } from './dates';
import { readDocumentType } from './document-type';
import { countryOfVat, findBics, findIbans, findVatIds } from './ids';
import { hitsOf } from './label-hits';
import { readNumber } from './number';
import { readParties } from './parties';

export function readInvoicePage(layouts: PageLayout[], text: string, language: string | null): InvoiceData {
  const ctx = pageContext(layouts, text, language);
  const d = emptyInvoice();

  const number = readNumber(ctx);
  const issue = readIssueDate(ctx);
  const due = readDueDate(ctx, issue?.value ?? null);
  d.invoice_number = number?.value ?? null;
  d.invoice_date = issue?.value ?? null;
  d.due_date = due?.value ?? null;

  const totals = chooseTotals(amountCandidates(ctx));
  d.total = totals.gross?.value ?? totals.computedTotal;
  d.subtotal = totals.net?.value ?? null;
  d.tax = totals.tax?.value ?? totals.computedTax;
  d.amount_due = totals.due?.value ?? null;

  const parties = readParties(ctx);
  d.seller = parties.seller?.value ?? null;
  d.buyer = parties.buyer?.value ?? null;
  d.seller_details.name = d.seller;
  d.buyer_details.name = d.buyer;

  // VAT numbers: the buyer's is the one printed in or next to the buyer's block; the seller's the other.
  const vats = findVatIds(ctx.pages);
  const buyerCell = parties.buyer?.cell;
  const nearBuyer = (v: { cell: { page: number; y: number; x0: number } }) =>
    !!buyerCell && v.cell.page === buyerCell.page && v.cell.y > buyerCell.y && v.cell.y < buyerCell.y + 12 * buyerCell.size && Math.abs(v.cell.x0 - buyerCell.x0) < 6 * buyerCell.size;
  const buyerVat = vats.find((v) => nearBuyer(v) || /client|customer|kunde|buyer|acheteur|klant|afnemer/i.test(v.cell.text));
  const sellerVat = vats.find((v) => v !== buyerVat);
  d.seller_details.vat_id = sellerVat?.value ?? null;
  d.buyer_details.vat_id = buyerVat?.value ?? null;
  d.seller_details.country = sellerVat ? countryOfVat(sellerVat.value) : null;
  d.buyer_details.country = buyerVat ? countryOfVat(buyerVat.value) : null;

  const iban = findIbans(ctx.pages)[0];
  const bic = findBics(ctx.pages)[0];
  d.payment.iban = iban?.value ?? null;
  d.payment.bic = bic?.value ?? null;
  const terms = hitsOf(ctx.hits, 'terms')
    .map((h) => h.spots.find((s) => s.where !== 'below' || s.distance <= 1)?.text ?? null)
    .find((t) => t && /\p{L}{3}/u.test(t));
  d.payment.terms = terms ?? null;

  const totalCurrency = totals.gross?.currency ?? totals.due?.currency ?? totals.net?.currency ?? null;
  const currency = readCurrency(ctx, totalCurrency, [iban ? iban.value.slice(0, 2) : null, d.seller_details.country]);
  d.currency = currency?.value ?? null;

  Object.assign(d, readDocumentType(ctx, d.total));
  d.checks = totalsChecks(d);
  d.source = 'page';

  const found: [keyof InvoiceData['evidence'], Found<unknown> | null | undefined][] = [
    ['invoice_number', number],
    ['invoice_date', issue],
    ['due_date', due],
    ['total', totals.gross ?? (totals.computedTotal !== null ? { value: totals.computedTotal, score: 0, page: totals.net!.page, label: 'net + tax', text: '' } : null)],
    ['subtotal', totals.net],
    ['tax', totals.tax],
    ['amount_due', totals.due],
    ['seller', parties.seller],
    ['buyer', parties.buyer],
    ['currency', currency],
  ];
  for (const [field, f] of found) {
    const e = evidenceOf(f);
    if (e) d.evidence[field] = e;
  }
  if (iban) d.evidence.iban = { source: 'page', page: iban.cell.page, label: 'IBAN', text: iban.cell.text };
  return d;
}
