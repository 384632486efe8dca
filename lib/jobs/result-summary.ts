// The compact per-file row the batch results summary shows (`GET /api/batches/:id/results`), and
// how a row's "key fields" are picked from a result. Pure and import-free at run time, so the
// server that builds the rows and the browser that renders them share it.
import type { DatasheetData, Field, InvoiceData, LoanData } from '../pipeline/types';
import type { ErrorType, JobStatus } from '../schemas/batch';

export type KeyField = { label: string; value: string };

export type JobResultRow = {
  job_id: string;
  filename: string;
  status: JobStatus;
  pages: number | null;
  processing_ms: number | null;
  error: string | null;
  error_type: ErrorType | null;
  /** A result is stored (completed, or failed with what was read before the failure). */
  has_result: boolean;
  /** A category name from lib/pipeline/types.ts CATEGORIES; null when not classified. */
  category: string | null;
  confidence: number | null;
  language: string | null;
  key_fields: KeyField[];
  /** A result whose text is empty: a scan or pictures only, so its category says nothing. */
  no_text: boolean;
  partial: boolean;
  warning_count: number;
};

export type CategoryCount = { category: string; count: number };

export type BatchResultStats = {
  total: number;
  queued: number;
  processing: number;
  completed: number;
  failed: number;
  cancelled: number;
  /** Pages of every file read so far. */
  pages: number;
  /** First job start and last job finish; the time taken is the span between them. */
  started_at: string | null;
  finished_at: string | null;
  duration_ms: number | null;
  /** Completed files per category, most frequent first; unclassified files are left out. */
  categories: CategoryCount[];
};

export type BatchResultsPage = {
  batch_id: string;
  stats: BatchResultStats;
  /** In upload order. */
  results: JobResultRow[];
  /** Pass as `cursor` for the next rows; null on the last page. */
  next_cursor: string | null;
};

/** The domain data as the summary reads it: without its long lists. */
export type DomainHead = Omit<DatasheetData, 'electrical_characteristics' | 'spice_models' | 'ordering'> | Omit<InvoiceData, InvoiceLists> | Omit<LoanData, 'dates'>;
/** An invoice's long parts, left out of the heads (result-heads.ts removes them in SQL). */
export type InvoiceLists = 'line_items' | 'evidence' | 'checks';

/** Invoices show four (number, total, date, seller); the rest three. */
const MAX_KEY_FIELDS = 4;
const MAX_FALLBACK_FIELDS = 3;
const MAX_VALUE = 60;

const clip = (s: string) => (s.length > MAX_VALUE ? `${s.slice(0, MAX_VALUE - 1)}…` : s);

export function formatAmount(amount: number, currency: string | null): string {
  const n = amount.toLocaleString('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return currency ? `${n} ${currency}` : n;
}

function domainFields(domain: DomainHead): KeyField[] {
  const out: KeyField[] = [];
  const add = (label: string, value: string | null | undefined) => {
    if (value) out.push({ label, value: clip(value) });
  };
  switch (domain.type) {
    case 'invoice':
      add(domain.document_type === 'credit_note' ? 'Credit note' : 'Invoice number', domain.invoice_number);
      add('Total', domain.total === null ? null : formatAmount(domain.total, domain.currency));
      add('Date', domain.invoice_date);
      add('Seller', domain.seller);
      break;
    case 'datasheet': {
      const parts = domain.part_numbers ?? [];
      const more = parts.length > 2 ? ` +${parts.length - 2} more` : '';
      add(parts.length > 1 ? 'Part numbers' : 'Part number', parts.length ? `${parts.slice(0, 2).join(', ')}${more}` : null);
      break;
    }
    case 'loan_document':
      add('Borrower', domain.borrower);
      add('Loan amount', domain.loan_amount === null ? null : formatAmount(domain.loan_amount, null));
      add('Interest rate', domain.interest_rate === null ? null : `${domain.interest_rate}%`);
      break;
  }
  return out;
}

/** The key data of a document as the summary's columns: part numbers of a datasheet, an invoice's number, date, total and parties. */
export type KeyData = {
  part_numbers: string | null;
  invoice_number: string | null;
  invoice_date: string | null;
  invoice_total: number | null;
  currency: string | null;
  seller: string | null;
  buyer: string | null;
};

export function keyDataOf(domain: DomainHead | null): KeyData {
  const data: KeyData = { part_numbers: null, invoice_number: null, invoice_date: null, invoice_total: null, currency: null, seller: null, buyer: null };
  if (domain?.type === 'datasheet') data.part_numbers = (domain.part_numbers ?? []).join(' ') || null;
  if (domain?.type === 'invoice') {
    Object.assign(data, {
      invoice_number: domain.invoice_number,
      invoice_date: domain.invoice_date,
      invoice_total: domain.total,
      currency: domain.currency,
      seller: domain.seller,
      buyer: domain.buyer,
    });
  }
  return data;
}

/**
 * Up to three facts that identify a document (four for an invoice): from its type's extractor, else
 * its first fields that are not on a running header or footer.
 */
export function keyFieldsOf(domain: DomainHead | null, fields: readonly Field[]): KeyField[] {
  const fromDomain = domain ? domainFields(domain) : [];
  if (fromDomain.length) return fromDomain.slice(0, MAX_KEY_FIELDS);
  return fields
    .filter((f) => !f.repeated)
    .slice(0, MAX_FALLBACK_FIELDS)
    .map((f) => ({ label: clip(f.key), value: clip(f.value) }));
}

const CATEGORY_LABELS: Record<string, string> = {
  datasheet: 'Datasheet',
  invoice: 'Invoice',
  loan_document: 'Loan document',
  bank_statement: 'Bank statement',
  contract: 'Contract',
  scientific_paper: 'Scientific paper',
  manual: 'Manual',
  form: 'Form',
  report: 'Report',
  other: 'Other',
};

/** A category in words ("loan_document" → "Loan document"); unknown names are tidied, not hidden. */
export function categoryLabel(category: string): string {
  const known = CATEGORY_LABELS[category];
  if (known) return known;
  const words = category.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export type ConfidenceLevel = 'high' | 'medium' | 'low';

/**
 * A classification's confidence in a word. It is the winner's lead over the next category as a
 * share of the winner's score (lib/pipeline/classify/classify.ts), 1 − runner-up / winner: 0.7
 * and above is a runner-up under a third of the winner (three in four right answers of the labelled
 * corpus, median 0.75), 0.4 a runner-up under 60 %; below that two categories are close.
 */
export function confidenceLevel(confidence: number): ConfidenceLevel {
  if (confidence >= 0.7) return 'high';
  if (confidence >= 0.4) return 'medium';
  return 'low';
}

/** A 0..1 confidence as a whole percentage. */
export const confidencePercent = (confidence: number) => `${Math.round(Math.min(1, Math.max(0, confidence)) * 100)}%`;
