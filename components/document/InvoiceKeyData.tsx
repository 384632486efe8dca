// An invoice's key data: where it was read from (the e-invoice XML it carries, or its page), each
// value with the page and label it came from, the arithmetic checks, the parties, payment and lines.
import { formatAmount } from '@/lib/jobs/result-summary';
import type { InvoiceData, InvoiceEvidence, InvoiceField, InvoiceParty } from '@/lib/pipeline/types';
import { DataTable } from './DataTable';

const DOCUMENT_TYPES: Record<InvoiceData['document_type'], string> = {
  invoice: 'Invoice',
  credit_note: 'Credit note',
  corrected_invoice: 'Corrected invoice',
  prepayment_invoice: 'Prepayment invoice',
  self_billed_invoice: 'Self-billed invoice',
};

const money = (n: number | null, currency: string | null) => (n === null ? null : formatAmount(n, currency));

function whereFrom(e: InvoiceEvidence | undefined): string | null {
  if (!e) return null;
  if (e.source === 'embedded_xml') return 'from the e-invoice XML';
  const parts = [e.page ? `page ${e.page}` : null, e.label ? `next to “${e.label}”` : null].filter(Boolean);
  return parts.length ? `from ${parts.join(', ')}` : 'from the page';
}

type Item = { label: string; value: string | null; field?: InvoiceField };

function Facts({ items, evidence, testId }: { items: Item[]; evidence: InvoiceData['evidence']; testId: string }) {
  return (
    <dl className="doc-facts" data-testid={testId}>
      {items.map((item) => {
        const from = item.field ? whereFrom(evidence[item.field]) : null;
        return (
          <div key={item.label} className="doc-facts__item" data-field={item.field}>
            <dt>{item.label}</dt>
            <dd>
              {item.value ?? <span className="muted">not found</span>}
              {item.value !== null && from && <span className="doc-facts__from">{from}</span>}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

const partyText = (p: InvoiceParty) => [p.address, p.vat_id ? `VAT ${p.vat_id}` : null, p.tax_id ? `Tax no. ${p.tax_id}` : null].filter(Boolean).join(' · ') || null;

export function InvoiceKeyData({ data }: { data: InvoiceData }) {
  const d = data;
  const source =
    d.source === 'embedded_xml' && d.e_invoice
      ? `Read from the ${d.e_invoice.format} e-invoice the PDF carries (${d.e_invoice.file}): the legal invoice data, exact.`
      : 'Read from the page: each value says where it was found.';
  const items: Item[] = [
    { label: 'Type', value: DOCUMENT_TYPES[d.document_type] + (d.type_code ? ` (${d.type_code})` : ''), field: 'document_type' },
    { label: 'Number', value: d.invoice_number, field: 'invoice_number' },
    { label: 'Date', value: d.invoice_date, field: 'invoice_date' },
    { label: 'Due date', value: d.due_date, field: 'due_date' },
    { label: 'Seller', value: d.seller, field: 'seller' },
    { label: 'Buyer', value: d.buyer, field: 'buyer' },
    { label: 'Net', value: money(d.subtotal, d.currency), field: 'subtotal' },
    { label: 'Tax', value: money(d.tax, d.currency), field: 'tax' },
    { label: 'Total', value: money(d.total, d.currency), field: 'total' },
    { label: 'Amount due', value: money(d.amount_due, d.currency), field: 'amount_due' },
    { label: 'Currency', value: d.currency, field: 'currency' },
  ];
  const more = (
    [
      { label: 'Seller details', value: partyText(d.seller_details) },
      { label: 'Buyer details', value: partyText(d.buyer_details) },
      { label: 'IBAN', value: d.payment.iban, field: 'iban' },
      { label: 'BIC', value: d.payment.bic, field: 'bic' },
      { label: 'Payment terms', value: d.payment.terms, field: 'payment_terms' },
    ] satisfies Item[]
  ).filter((i) => i.value !== null);
  const lines = d.line_items.map((l) => [
    l.description ?? '',
    l.quantity === null ? '' : `${l.quantity}${l.unit ? ` ${l.unit}` : ''}`,
    l.unit_price === null ? '' : String(l.unit_price),
    l.net_amount === null ? '' : String(l.net_amount),
    l.tax_rate === null ? '' : `${l.tax_rate} %`,
  ]);
  return (
    <>
      <p className="muted" data-testid="invoice-source">
        {source}
      </p>
      <Facts items={items} evidence={d.evidence} testId="doc-domain" />
      {d.checks.length > 0 && (
        <ul className="doc-checks" data-testid="invoice-checks">
          {d.checks.map((c) => (
            <li key={c.check} data-ok={c.ok}>
              {c.ok ? '✓' : '✗'} {c.detail}
              {!c.ok && ' — the document does not add up here; check it by hand.'}
            </li>
          ))}
        </ul>
      )}
      {more.length > 0 && <Facts items={more} evidence={d.evidence} testId="invoice-details" />}
      {lines.length > 0 && <DataTable caption="Line items" header={['Description', 'Quantity', 'Unit price', 'Net amount', 'Tax']} rows={lines} testId="invoice-lines" />}
    </>
  );
}
