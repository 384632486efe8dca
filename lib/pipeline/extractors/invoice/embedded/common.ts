// What the CII and UBL readers share: the empty invoice they fill, dates as the XML writes them,
// the document type from its UNTDID 1001 code, and the checks of the totals against each other.
import type { InvoiceCheck, InvoiceData, InvoiceField, InvoiceLineItem, InvoiceParty } from '../../../types';
import { childrenNamed, type XmlElement } from './xml-tree';

export const emptyParty = (): InvoiceParty => ({ name: null, vat_id: null, tax_id: null, address: null, country: null });

export function emptyInvoice(): InvoiceData {
  return {
    type: 'invoice',
    document_type: 'invoice',
    type_code: null,
    invoice_number: null,
    invoice_date: null,
    due_date: null,
    seller: null,
    buyer: null,
    currency: null,
    subtotal: null,
    tax: null,
    total: null,
    amount_due: null,
    seller_details: emptyParty(),
    buyer_details: emptyParty(),
    payment: { iban: null, bic: null, terms: null },
    line_items: [],
    checks: [],
    source: 'page',
    e_invoice: null,
    evidence: {},
  };
}

/** "20180305" (format 102), "2018-03-05", "2018-03-05T00:00:00" → "2018-03-05". */
export function xmlDate(raw: string | null): string | null {
  if (!raw) return null;
  const s = raw.trim();
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(s) ?? /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(s);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** UNTDID 1001: 381 and 396 credit notes; 384 corrected; 386 prepayment; 389 self-billed; the rest invoices. */
export function documentTypeOf(code: string | null): InvoiceData['document_type'] {
  switch (code) {
    case '381':
    case '396':
    case '261':
    case '262':
    case '532':
      return 'credit_note';
    case '384':
      return 'corrected_invoice';
    case '386':
      return 'prepayment_invoice';
    case '389':
    case '527':
      return 'self_billed_invoice';
    default:
      return 'invoice';
  }
}

const cents = (n: number) => Math.round(n * 100);
const money = (n: number) => n.toFixed(2);

/**
 * The arithmetic a reader checks: net + tax = total; the lines sum to the line total (`lineTotal`,
 * which is the net total where the document has no allowances or charges); total - paid = due.
 */
export function totalsChecks(
  d: Pick<InvoiceData, 'subtotal' | 'tax' | 'total' | 'amount_due' | 'line_items'>,
  { lineTotal = d.subtotal, prepaid = null }: { lineTotal?: number | null; prepaid?: number | null } = {},
): InvoiceCheck[] {
  const checks: InvoiceCheck[] = [];
  const same = (a: number, b: number) => Math.abs(cents(a) - cents(b)) <= 1;
  if (d.subtotal !== null && d.tax !== null && d.total !== null) {
    const ok = same(d.subtotal + d.tax, d.total);
    checks.push({ check: 'net_plus_tax_is_total', ok, detail: `${money(d.subtotal)} + ${money(d.tax)} ${ok ? '=' : '≠'} ${money(d.total)}` });
  }
  const lines = d.line_items.map((l) => l.net_amount);
  if (lineTotal !== null && lines.length > 0 && lines.every((n): n is number => n !== null)) {
    const sum = lines.reduce((a, b) => a + b, 0);
    const ok = same(sum, lineTotal);
    checks.push({ check: 'lines_sum_to_net', ok, detail: `lines ${money(sum)} ${ok ? '=' : '≠'} ${money(lineTotal)}` });
  }
  if (prepaid !== null && prepaid !== 0 && d.total !== null && d.amount_due !== null) {
    const ok = same(d.total - prepaid, d.amount_due);
    checks.push({ check: 'total_minus_paid_is_due', ok, detail: `${money(d.total)} - ${money(prepaid)} ${ok ? '=' : '≠'} ${money(d.amount_due)}` });
  }
  return checks;
}

/** Marks every value the XML gave as read from it. */
export function xmlEvidence(d: InvoiceData): InvoiceData['evidence'] {
  const evidence: InvoiceData['evidence'] = {};
  const values: Record<InvoiceField, unknown> = {
    invoice_number: d.invoice_number,
    invoice_date: d.invoice_date,
    due_date: d.due_date,
    seller: d.seller,
    buyer: d.buyer,
    currency: d.currency,
    subtotal: d.subtotal,
    tax: d.tax,
    total: d.total,
    amount_due: d.amount_due,
    document_type: d.type_code,
    iban: d.payment.iban,
    bic: d.payment.bic,
    seller_vat_id: d.seller_details.vat_id,
    buyer_vat_id: d.buyer_details.vat_id,
    payment_terms: d.payment.terms,
  };
  for (const [field, value] of Object.entries(values)) {
    if (value !== null && value !== undefined) evidence[field as InvoiceField] = { source: 'embedded_xml', page: null, label: null, text: null };
  }
  return evidence;
}

export const lineItem = (l: Partial<InvoiceLineItem>): InvoiceLineItem => ({
  description: l.description ?? null,
  quantity: l.quantity ?? null,
  unit: l.unit ?? null,
  unit_price: l.unit_price ?? null,
  net_amount: l.net_amount ?? null,
  tax_rate: l.tax_rate ?? null,
});

/** Joins address parts that are present: "Lieferantenstraße 20, 80333 München, DE". */
export const joinAddress = (parts: (string | null)[]) => parts.filter((p): p is string => !!p && !!p.trim()).map((p) => p.replace(/\s+/g, ' ').trim()).join(', ') || null;

/** An amount among siblings of one name, preferring the one in `currency` (a tax total may be given twice, once in the tax currency). */
export function amountIn(el: XmlElement | null, name: string, currency: string | null): number | null {
  const candidates = childrenNamed(el, name).filter((c) => /^[-+]?\d+(?:\.\d+)?$/.test(c.text));
  const pick = candidates.find((c) => !c.attrs.currencyID || c.attrs.currencyID === currency) ?? candidates[0];
  return pick ? Number(pick.text) : null;
}
