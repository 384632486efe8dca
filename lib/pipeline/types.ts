// The shape of a job's result (`GET /api/jobs/:id` → `result`), shared by the worker thread that
// produces it, the API that serves it, the export and the browser that shows it.
import type { ErrorType, JobStage, Workflow } from '../schemas/batch';

export type OutlineEntry = { title: string; page: number | null; level: number };

export type FormField = { name: string; type: 'text' | 'checkbox' | 'radio' | 'choice' | 'button' | 'signature' | 'other'; value: string | null };

export type DocumentMetadata = {
  title: string | null;
  author: string | null;
  subject: string | null;
  keywords: string | null;
  creator: string | null;
  producer: string | null;
  creation_date: string | null;
  modification_date: string | null;
  pdf_version: string | null;
  page_count: number;
  encrypted: boolean;
  /** Title and authors from the XMP packet, where the document has one. */
  xmp: { title: string | null; creators: string[] } | null;
  has_outline: boolean;
  outline: OutlineEntry[];
  form_fields: FormField[];
};

export type PageResult = {
  number: number;
  width: number;
  height: number;
  text: string;
  has_text_layer: boolean;
  /** Images painted on the page; counted only on pages with little text (null elsewhere), where it decides `needs_ocr`. */
  image_count: number | null;
  /** No usable text layer but something painted: a scan or a picture of text. */
  needs_ocr: boolean;
};

/** [left, top, right, bottom] in PDF points, measured from the page's top-left corner. */
export type BBox = [number, number, number, number];

export type Table = {
  page: number;
  bbox: BBox;
  /** Ruled (drawn grid lines) or aligned (whitespace columns). */
  kind: 'ruled' | 'aligned';
  header: string[];
  rows: string[][];
};

export type NormalizedValue =
  | { type: 'date'; value: string }
  | { type: 'money'; amount: number; currency: string | null }
  | { type: 'percent'; value: number }
  | { type: 'number'; value: number; unit: string | null };

export type Field = { key: string; value: string; page: number; normalized: NormalizedValue | null };

export type Entity = { text: string; page: number; normalized?: NormalizedValue | string };

export type Entities = {
  dates: Entity[];
  money: Entity[];
  percentages: Entity[];
  emails: Entity[];
  phones: Entity[];
  urls: Entity[];
  ibans: Entity[];
};

export const CATEGORIES = [
  'datasheet',
  'invoice',
  'loan_document',
  'bank_statement',
  'contract',
  'scientific_paper',
  'manual',
  'form',
  'report',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

export type Classification = {
  final_category: Category;
  /** 0..1: how far the winner is ahead, not a calibrated probability. */
  confidence: number;
  scores: Record<Category, number>;
  /** Why, in words: the evidence that counted, strongest first. */
  signals: string[];
};

export type Language = { code: string; confidence: number };

export type ElectricalCharacteristic = {
  parameter: string;
  symbol: string | null;
  conditions: string | null;
  min: number | null;
  typ: number | null;
  max: number | null;
  unit: string | null;
  page: number;
};

export type DatasheetData = { type: 'datasheet'; part_numbers: string[]; electrical_characteristics: ElectricalCharacteristic[] };

export type InvoiceData = {
  type: 'invoice';
  invoice_number: string | null;
  invoice_date: string | null;
  due_date: string | null;
  seller: string | null;
  buyer: string | null;
  currency: string | null;
  subtotal: number | null;
  tax: number | null;
  total: number | null;
};

export type LoanData = {
  type: 'loan_document';
  borrower: string | null;
  lender: string | null;
  loan_amount: number | null;
  interest_rate: number | null;
  term_months: number | null;
  monthly_payment: number | null;
  maturity_date: string | null;
  dates: string[];
};

export type DomainData = DatasheetData | InvoiceData | LoanData;

export type DocumentResult = {
  workflow: Workflow;
  metadata: DocumentMetadata;
  /** All pages' text in reading order, pages separated by a blank line. */
  text: string;
  pages: PageResult[];
  /** Present in full_extraction. */
  tables?: Table[];
  fields?: Field[];
  entities?: Entities;
  /** Present in full_extraction and classify. */
  language?: Language | null;
  classification?: Classification;
  /** What the category's own extractor found (datasheet, invoice, loan document), or null. */
  domain?: DomainData | null;
  /** True when some pages or stages could not be read; `warnings` says which. */
  partial: boolean;
  warnings: string[];
};

/** Messages from the main thread to a PDF worker thread. */
export type ThreadRequest = {
  type: 'run';
  jobId: string;
  file: string;
  workflow: Workflow;
  maxPages: number;
  /** JOB_TIMEOUT_S: the thread is ended past it; the pipeline stops reading pages a little before. */
  timeLimitMs: number;
};

/** Messages from a PDF worker thread to the main thread. */
export type ThreadMessage =
  | { type: 'ready' }
  | { type: 'stage'; jobId: string; stage: JobStage }
  /** The thread's heap plus its ArrayBuffers (decoded streams), sent while a document runs. */
  | { type: 'memory'; jobId: string; bytes: number }
  | { type: 'done'; jobId: string; result: DocumentResult }
  /** `retire`: the thread's state is unknown after this failure; the pool replaces it. */
  | { type: 'failed'; jobId: string; errorType: ErrorType; message: string; detail?: string; partial?: DocumentResult; retire?: boolean };
