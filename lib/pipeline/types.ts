// The shape of a job's result (`GET /api/jobs/:id` → `result`), shared by the worker thread that
// produces it, the API that serves it, the export and the browser that shows it.
import type { ErrorType, JobStage, OcrMode, PageStage, Workflow } from '../schemas/batch';
import type { SpiceModel } from '../spice/types';
import type { OcrPage } from './ocr/engine';

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
  /** No usable text layer (none on a page that paints an image, or garbage): a scan or a picture of text. */
  needs_ocr: boolean;
  /** Present on pages OCR read or tried to read (OCR on, the page needed it or OCR=force). */
  ocr?: PageOcr;
};

export type { OcrMode } from '../schemas/batch';

export type PageOcr = {
  /** True when the page's text came from OCR. */
  used: boolean;
  /** "tesseract.js 7.0.0" */
  engine: string;
  /** The models read with ("eng", "eng+deu"). */
  language: string;
  /** Mean word confidence 0..100, or null when nothing was read. */
  confidence: number | null;
  seconds: number;
  /** Confidence under LOW_OCR_CONFIDENCE: the text is kept but may be wrong. */
  low_confidence: boolean;
};

/** A page read with a mean word confidence under this is marked low_confidence. */
export const LOW_OCR_CONFIDENCE = 60;

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

/** `repeated`: found on a line repeated on most pages (a running header or footer), not shown as a key field. */
export type Field = { key: string; value: string; page: number; normalized: NormalizedValue | null; repeated?: true };

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

/** The limits of a characteristic as the page prints them ("±1", "VDD + 0.3", "0 ~ +125"); `value` for a ratings table's single Value column. */
export type PrintedLimits = { min?: string; typ?: string; max?: string; value?: string };

export type ElectricalCharacteristic = {
  /** The table's title as printed ("Electrical Characteristics", "Absolute Maximum Ratings"). */
  table: string;
  /** A sub-heading inside the table ("DYNAMIC PERFORMANCE"), or null. */
  section: string | null;
  /** The whole name, wrapped lines joined. */
  parameter: string;
  symbol: string | null;
  /** The row's own test conditions. */
  conditions: string | null;
  /** What the table or its section says holds for every row ("TA = 25 °C unless otherwise noted"). */
  table_conditions: string | null;
  /** The column group the values came from: a grade ("B grade"), a part ("LM358"), a temperature range. */
  variant: string | null;
  /** Parsed numbers: "±1" gives min -1 and max 1; a ratings value is a maximum; an expression gives none. */
  min: number | null;
  typ: number | null;
  max: number | null;
  /** The limits as printed. */
  printed: PrintedLimits;
  unit: string | null;
  page: number;
  /** Where the row stands on its page. */
  bbox: BBox;
  /** Note marks printed with the row ("Note 2", "1)"). */
  footnotes: string[];
};

export type DatasheetData = {
  type: 'datasheet';
  part_numbers: string[];
  /** Packages the datasheet names ("TO-220", "SOIC-8"). */
  packages: string[];
  /** Rows of its ordering information. */
  ordering: { part: string; package: string | null; marking: string | null; packing: string | null }[];
  /** The highest voltage, current and power of its maximum ratings, and its operating temperature range. */
  key_ratings: { quantity: 'voltage' | 'current' | 'power' | 'temperature'; parameter: string; symbol: string | null; min: number | null; max: number | null; unit: string | null; page: number }[];
  electrical_characteristics: ElectricalCharacteristic[];
  /** SPICE models of the discrete parts it describes (diodes, BJTs, MOSFETs), fitted to its rows; empty for anything else (and in results stored before models were made). */
  spice_models: SpiceModel[];
};

/** Where an invoice value was read: the e-invoice XML the PDF carries, or the page. */
export type InvoiceSource = 'embedded_xml' | 'page';

/** Why a value was taken: its source, and on the page, where and next to which label. */
export type InvoiceEvidence = { source: InvoiceSource; page: number | null; label: string | null; text: string | null };

export type InvoiceParty = {
  name: string | null;
  vat_id: string | null;
  /** A national tax number (Steuernummer, SIRET, GSTIN...). */
  tax_id: string | null;
  /** The postal address on one line, parts separated by ", ". */
  address: string | null;
  /** ISO 3166 alpha-2, where known. */
  country: string | null;
};

export type InvoiceLineItem = {
  description: string | null;
  quantity: number | null;
  unit: string | null;
  unit_price: number | null;
  net_amount: number | null;
  /** Percent, e.g. 19 for 19 %. */
  tax_rate: number | null;
};

/** One arithmetic check over the totals; `ok` false means the page (or XML) disagrees with itself. */
export type InvoiceCheck = { check: 'net_plus_tax_is_total' | 'lines_sum_to_net' | 'total_minus_paid_is_due'; ok: boolean; detail: string };

export type InvoiceField = 'invoice_number' | 'invoice_date' | 'due_date' | 'seller' | 'buyer' | 'currency' | 'subtotal' | 'tax' | 'total' | 'amount_due' | 'document_type' | 'iban' | 'bic' | 'seller_vat_id' | 'buyer_vat_id' | 'payment_terms';

export type EInvoiceInfo = {
  /** CII (Factur-X, ZUGFeRD, XRechnung CII) or UBL (XRechnung UBL, Peppol). */
  syntax: 'CII' | 'UBL';
  /** Factur-X / ZUGFeRD 1 / ZUGFeRD 2 / XRechnung / EN 16931 / UBL, from the guideline the XML names. */
  format: string;
  /** The guideline (profile) identifier as the XML gives it. */
  profile: string | null;
  /** The attachment's file name. */
  file: string;
};

export type InvoiceData = {
  type: 'invoice';
  /** A credit note (UNTDID 1001 code 381, "Credit note", "Gutschrift", "Avoir"...) is still an invoice, with its type noted. */
  document_type: 'invoice' | 'credit_note' | 'corrected_invoice' | 'prepayment_invoice' | 'self_billed_invoice';
  /** The UNTDID 1001 document type code from the XML (380, 381, 384, 389...), or 380 / 381 read from the page. */
  type_code: string | null;
  invoice_number: string | null;
  invoice_date: string | null;
  due_date: string | null;
  /** The seller's and buyer's names (their details below). */
  seller: string | null;
  buyer: string | null;
  currency: string | null;
  /** Net total (sum of lines after allowances and charges, before tax). */
  subtotal: number | null;
  tax: number | null;
  /** Grand total, tax included. */
  total: number | null;
  /** What is left to pay (the total less prepaid amounts), where the document says. */
  amount_due: number | null;
  seller_details: InvoiceParty;
  buyer_details: InvoiceParty;
  payment: { iban: string | null; bic: string | null; terms: string | null };
  line_items: InvoiceLineItem[];
  checks: InvoiceCheck[];
  /** Where the invoice was read from: its embedded XML (exact) or its page. */
  source: InvoiceSource;
  e_invoice: EInvoiceInfo | null;
  /** Per value found, where it came from. */
  evidence: Partial<Record<InvoiceField, InvoiceEvidence>>;
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

/** The main thread's answers about OCR: a permit granted (`ocr-acquire`), a page read by its engines (`ocr-page`). */
export type ThreadOcrAnswer =
  | { type: 'ocr-granted' }
  | { type: 'ocr-read'; languages: string; page: OcrPage }
  /** `start`: no engine could be made for the languages (OcrStartError), so no other page can be read either. */
  | { type: 'ocr-failed'; message: string; start: boolean };

/** Messages from the main thread to a PDF worker thread. */
export type ThreadRequest = {
  type: 'run';
  jobId: string;
  file: string;
  workflow: Workflow;
  maxPages: number;
  /** JOB_TIMEOUT_S: the thread is ended past it; the pipeline stops reading pages a little before. */
  timeLimitMs: number;
  /** OCR for this document: the batch's mode (or OCR's default) and OCR_LANGUAGES. Absent: off. */
  ocr?: { mode: OcrMode; languages: string[] };
};

/** Messages from a PDF worker thread to the main thread. */
export type ThreadMessage =
  | { type: 'ready' }
  | { type: 'stage'; jobId: string; stage: JobStage | PageStage }
  /** The thread's heap plus its ArrayBuffers (decoded streams), sent while a document runs. */
  | { type: 'memory'; jobId: string; bytes: number }
  /** The thread wants to OCR a page: it waits for `ocr-granted` (at most OCR_CONCURRENCY pages at once in the process). */
  | { type: 'ocr-acquire'; jobId: string }
  /** `abandon`: the page sent was given up at the deadline; its engine stops it. */
  | { type: 'ocr-release'; jobId: string; abandon?: boolean }
  /** A page image (PGM, its buffer transferred) for the process's OCR engines (the main thread passes it to the OCR thread); answered by `ocr-read` or `ocr-failed`. */
  | { type: 'ocr-page'; jobId: string; image: Uint8Array; dpi: number; languages: string[] }
  /** The result as JSON text: serialised here, so the main thread only stores it, never copies or parses it. */
  | { type: 'done'; jobId: string; json: string; pages: number; documentType: string | null }
  /** `retire`: the thread's state is unknown after this failure; the pool replaces it. */
  | { type: 'failed'; jobId: string; errorType: ErrorType; message: string; detail?: string; partialJson?: string; retire?: boolean };
