// A job's result (`DocumentResult` in lib/pipeline/types.ts) as a zod schema, for the OpenAPI
// document; result-checks.ts proves at compile time that the two describe the same shape.
import { z } from 'zod';
import { CATEGORIES } from '../pipeline/types';
import { errorTypeSchema, jobStatusSchema, workflowSchema } from './batch';

const outlineEntry = z.object({ title: z.string(), page: z.number().int().nullable(), level: z.number().int() });
const formField = z.object({
  name: z.string(),
  type: z.enum(['text', 'checkbox', 'radio', 'choice', 'button', 'signature', 'other']),
  value: z.string().nullable(),
});

export const documentMetadataSchema = z.object({
  title: z.string().nullable(),
  author: z.string().nullable(),
  subject: z.string().nullable(),
  keywords: z.string().nullable(),
  creator: z.string().nullable(),
  producer: z.string().nullable(),
  creation_date: z.string().nullable(),
  modification_date: z.string().nullable(),
  pdf_version: z.string().nullable(),
  page_count: z.number().int(),
  encrypted: z.boolean(),
  xmp: z.object({ title: z.string().nullable(), creators: z.array(z.string()) }).nullable(),
  has_outline: z.boolean(),
  outline: z.array(outlineEntry),
  form_fields: z.array(formField),
});

const pageResult = z.object({
  number: z.number().int(),
  width: z.number(),
  height: z.number(),
  text: z.string(),
  has_text_layer: z.boolean(),
  image_count: z.number().int().nullable(),
  needs_ocr: z.boolean(),
  ocr: z
    .object({
      used: z.boolean(),
      engine: z.string(),
      language: z.string(),
      confidence: z.number().nullable().describe('mean word confidence, 0..100'),
      seconds: z.number(),
      low_confidence: z.boolean(),
    })
    .optional()
    .describe('present on pages OCR read or tried to read'),
});

const table = z.object({
  page: z.number().int(),
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]).describe('[left, top, right, bottom] in PDF points from the top-left corner'),
  kind: z.enum(['ruled', 'aligned']),
  header: z.array(z.string()),
  rows: z.array(z.array(z.string())),
});

const normalizedValue = z.discriminatedUnion('type', [
  z.object({ type: z.literal('date'), value: z.string() }),
  z.object({ type: z.literal('money'), amount: z.number(), currency: z.string().nullable() }),
  z.object({ type: z.literal('percent'), value: z.number() }),
  z.object({ type: z.literal('number'), value: z.number(), unit: z.string().nullable() }),
]);

const field = z.object({
  key: z.string(),
  value: z.string(),
  page: z.number().int(),
  normalized: normalizedValue.nullable(),
  repeated: z.literal(true).optional().describe('on a line repeated on most pages (a running header or footer)'),
});
const entity = z.object({ text: z.string(), page: z.number().int(), normalized: z.union([normalizedValue, z.string()]).optional() });
const entities = z.object({
  dates: z.array(entity),
  money: z.array(entity),
  percentages: z.array(entity),
  emails: z.array(entity),
  phones: z.array(entity),
  urls: z.array(entity),
  ibans: z.array(entity),
});

export const categorySchema = z.enum(CATEGORIES);

const classification = z.object({
  final_category: categorySchema,
  confidence: z.number().min(0).max(1).describe('how far the winner is ahead of the next category, not a probability'),
  scores: z.record(categorySchema, z.number()),
  signals: z.array(z.string()),
});

const electrical = z.object({
  table: z.string().describe('the table\'s title as printed'),
  section: z.string().nullable().describe('a sub-heading inside the table'),
  parameter: z.string().describe('the whole name, wrapped lines joined'),
  symbol: z.string().nullable(),
  conditions: z.string().nullable().describe('the row\'s own test conditions'),
  table_conditions: z.string().nullable().describe('what the table or its section says holds for every row'),
  variant: z.string().nullable().describe('the column group the values came from: grade, part number, temperature range'),
  min: z.number().nullable(),
  typ: z.number().nullable(),
  max: z.number().nullable(),
  printed: z
    .object({ min: z.string().optional(), typ: z.string().optional(), max: z.string().optional(), value: z.string().optional() })
    .describe('the limits as printed ("±1", "VDD + 0.3"); value: a ratings table\'s single Value column'),
  unit: z.string().nullable(),
  page: z.number().int(),
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  footnotes: z.array(z.string()),
});

const invoiceParty = z.object({
  name: z.string().nullable(),
  vat_id: z.string().nullable(),
  tax_id: z.string().nullable().describe('a national tax or company number: Steuernummer, SIRET, GSTIN...'),
  address: z.string().nullable(),
  country: z.string().nullable().describe('ISO 3166 alpha-2'),
});

const invoiceEvidence = z.object({
  source: z.enum(['embedded_xml', 'page']),
  page: z.number().int().nullable(),
  label: z.string().nullable().describe('the label the value was found next to'),
  text: z.string().nullable().describe('the text the value was read from'),
});

const invoiceData = z.object({
  type: z.literal('invoice'),
  document_type: z.enum(['invoice', 'credit_note', 'corrected_invoice', 'prepayment_invoice', 'self_billed_invoice']),
  type_code: z.string().nullable().describe('UNTDID 1001 document type code: 380 invoice, 381 credit note, 384 corrected invoice...'),
  invoice_number: z.string().nullable(),
  invoice_date: z.string().nullable().describe('YYYY-MM-DD'),
  due_date: z.string().nullable().describe('YYYY-MM-DD'),
  seller: z.string().nullable(),
  buyer: z.string().nullable(),
  currency: z.string().nullable().describe('ISO 4217'),
  subtotal: z.number().nullable().describe('net total, before tax'),
  tax: z.number().nullable(),
  total: z.number().nullable().describe('grand total, tax included'),
  amount_due: z.number().nullable().describe('what is left to pay, where the document says'),
  seller_details: invoiceParty,
  buyer_details: invoiceParty,
  payment: z.object({ iban: z.string().nullable(), bic: z.string().nullable(), terms: z.string().nullable() }),
  line_items: z.array(
    z.object({
      description: z.string().nullable(),
      quantity: z.number().nullable(),
      unit: z.string().nullable(),
      unit_price: z.number().nullable(),
      net_amount: z.number().nullable(),
      tax_rate: z.number().nullable().describe('percent'),
    }),
  ),
  checks: z.array(z.object({ check: z.enum(['net_plus_tax_is_total', 'lines_sum_to_net', 'total_minus_paid_is_due']), ok: z.boolean(), detail: z.string() })),
  source: z.enum(['embedded_xml', 'page']).describe('embedded_xml: read from the Factur-X / ZUGFeRD / XRechnung XML the PDF carries'),
  e_invoice: z.object({ syntax: z.enum(['CII', 'UBL']), format: z.string(), profile: z.string().nullable(), file: z.string() }).nullable(),
  evidence: z.partialRecord(
    z.enum([
      'invoice_number',
      'invoice_date',
      'due_date',
      'seller',
      'buyer',
      'currency',
      'subtotal',
      'tax',
      'total',
      'amount_due',
      'document_type',
      'iban',
      'bic',
      'seller_vat_id',
      'buyer_vat_id',
      'payment_terms',
    ]),
    invoiceEvidence,
  ),
});

const sourceRow = z.object({ page: z.number().int(), symbol: z.string().nullable(), parameter: z.string(), conditions: z.string().nullable() });
const limitKind = z.enum(['typ', 'min', 'max']);
const spiceModel = z.object({
  part: z.string(),
  kind: z.enum(['D', 'NPN', 'PNP', 'NMOS', 'PMOS']),
  model: z.string().describe('the .model card (or, for a MOSFET, a .subckt with pins D G S) that ngspice reads'),
  parameters: z.record(
    z.string(),
    z.object({ value: z.number(), unit: z.string(), from: z.enum(['fitted', 'datasheet', 'default']), source_rows: z.array(sourceRow) }),
  ),
  checks: z.array(
    z.object({
      quantity: z.string(),
      conditions: z.record(z.string(), z.number()).describe('test conditions in SI units (A, V, Hz), magnitudes'),
      datasheet: z.object({ value: z.number(), kind: limitKind, page: z.number().int() }),
      model_value: z.number().describe("the model's value at those conditions, by its own equations"),
      error_pct: z.number(),
    }),
  ),
  curve: z
    .object({
      quantity: z.string(),
      x: z.string(),
      y: z.string(),
      model: z.array(z.tuple([z.number(), z.number()])),
      datasheet: z.array(z.object({ x: z.number(), y: z.number(), kind: limitKind })),
    })
    .optional(),
});

const domain = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('datasheet'),
    part_numbers: z.array(z.string()),
    packages: z.array(z.string()),
    ordering: z.array(z.object({ part: z.string(), package: z.string().nullable(), marking: z.string().nullable(), packing: z.string().nullable() })),
    key_ratings: z
      .array(
        z.object({
          quantity: z.enum(['voltage', 'current', 'power', 'temperature']),
          parameter: z.string(),
          symbol: z.string().nullable(),
          min: z.number().nullable(),
          max: z.number().nullable(),
          unit: z.string().nullable(),
          page: z.number().int(),
        }),
      )
      .describe('the highest voltage, current and power of the maximum ratings, and the operating temperature range'),
    electrical_characteristics: z.array(electrical),
    spice_models: z.array(spiceModel).describe('SPICE models of the discrete parts the datasheet describes (docs/spice-models.md); empty for other parts'),
  }),
  invoiceData,
  z.object({
    type: z.literal('loan_document'),
    borrower: z.string().nullable(),
    lender: z.string().nullable(),
    loan_amount: z.number().nullable(),
    interest_rate: z.number().nullable(),
    term_months: z.number().nullable(),
    monthly_payment: z.number().nullable(),
    maturity_date: z.string().nullable(),
    dates: z.array(z.string()),
  }),
]);

export const documentResultSchema = z.object({
  workflow: workflowSchema,
  metadata: documentMetadataSchema,
  text: z.string().describe('all pages in reading order, separated by a blank line'),
  pages: z.array(pageResult),
  tables: z.array(table).optional(),
  fields: z.array(field).optional(),
  entities: entities.optional(),
  language: z.object({ code: z.string(), confidence: z.number() }).nullable().optional(),
  classification: classification.optional(),
  domain: domain.nullable().optional(),
  partial: z.boolean(),
  warnings: z.array(z.string()),
});

// Re-exported here so every response schema can be found in lib/schemas.
export { errorTypeSchema, jobStatusSchema };
