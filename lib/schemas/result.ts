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

const field = z.object({ key: z.string(), value: z.string(), page: z.number().int(), normalized: normalizedValue.nullable() });
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
  parameter: z.string(),
  symbol: z.string().nullable(),
  conditions: z.string().nullable(),
  min: z.number().nullable(),
  typ: z.number().nullable(),
  max: z.number().nullable(),
  unit: z.string().nullable(),
  page: z.number().int(),
});

const domain = z.discriminatedUnion('type', [
  z.object({ type: z.literal('datasheet'), part_numbers: z.array(z.string()), electrical_characteristics: z.array(electrical) }),
  z.object({
    type: z.literal('invoice'),
    invoice_number: z.string().nullable(),
    invoice_date: z.string().nullable(),
    due_date: z.string().nullable(),
    seller: z.string().nullable(),
    buyer: z.string().nullable(),
    currency: z.string().nullable(),
    subtotal: z.number().nullable(),
    tax: z.number().nullable(),
    total: z.number().nullable(),
  }),
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
