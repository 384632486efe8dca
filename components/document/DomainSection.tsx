// What the category's own extractor found: invoice totals, loan terms, a datasheet's part numbers
// and electrical characteristics. Missing values are said to be missing, not left blank.
import { formatAmount } from '@/lib/jobs/result-summary';
import type { DomainData, LoanData } from '@/lib/pipeline/types';
import { DatasheetKeyData } from './DatasheetKeyData';
import { InvoiceKeyData } from './InvoiceKeyData';
import { Section } from './Section';

type Item = { label: string; value: string | null };

const money = (n: number | null, currency: string | null = null) => (n === null ? null : formatAmount(n, currency));

function Facts({ items }: { items: Item[] }) {
  return (
    <dl className="doc-facts" data-testid="doc-domain">
      {items.map((item) => (
        <div key={item.label} className="doc-facts__item">
          <dt>{item.label}</dt>
          <dd>{item.value ?? <span className="muted">not found</span>}</dd>
        </div>
      ))}
    </dl>
  );
}

function loanItems(d: LoanData): Item[] {
  return [
    { label: 'Borrower', value: d.borrower },
    { label: 'Lender', value: d.lender },
    { label: 'Loan amount', value: money(d.loan_amount) },
    { label: 'Interest rate', value: d.interest_rate === null ? null : `${d.interest_rate}%` },
    { label: 'Term', value: d.term_months === null ? null : `${d.term_months} months` },
    { label: 'Monthly payment', value: money(d.monthly_payment) },
    { label: 'Maturity date', value: d.maturity_date },
    { label: 'Other dates', value: d.dates.length ? d.dates.join(', ') : null },
  ];
}

export function DomainSection({ domain, category }: { domain: DomainData | null | undefined; category: string | null }) {
  if (!domain) {
    const why =
      domain === undefined
        ? 'Key data is extracted in the full extraction workflow only.'
        : `No key data extractor applies to ${category ? `this category` : 'unclassified documents'}, or it found nothing. Invoices, loan documents and datasheets have one.`;
    return <Section id="key-data" title="Key data" empty={why} />;
  }
  return (
    <Section id="key-data" title="Key data">
      {domain.type === 'invoice' && <InvoiceKeyData data={domain} />}
      {domain.type === 'loan_document' && <Facts items={loanItems(domain)} />}
      {domain.type === 'datasheet' && <DatasheetKeyData data={domain} />}
    </Section>
  );
}
