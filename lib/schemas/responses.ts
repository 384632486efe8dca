// Zod schemas of the answers whose TypeScript types live next to their services (job detail,
// results page, summary report, queue state), for the OpenAPI document; result-checks.ts keeps
// each one equal to its type.
import { z } from 'zod';
import { batchStatusSchema, errorTypeSchema, jobStatusSchema, jobSummarySchema, workflowSchema } from './batch';
import { documentResultSchema } from './result';

const isoDate = z.string().describe('ISO 8601 date-time');

export const jobDetailSchema = jobSummarySchema.extend({ result: documentResultSchema.nullable() });

export const queueStateSchema = z.object({ paused: z.boolean(), updated_at: isoDate.nullable() });

/** GET /api/queue: the state, and every batch's jobs counted by status. */
export const queueOverviewSchema = queueStateSchema.extend({
  counts: z.object({ queued: z.number().int(), processing: z.number().int(), completed: z.number().int(), failed: z.number().int(), cancelled: z.number().int() }),
  scheduled: z.number().int().optional().describe('of the queued jobs, those whose batch is held or scheduled for later'),
  workers: z
    .object({ processes: z.number().int(), threads: z.number().int() })
    .describe('The processes with PDF threads that reported within LEASE_S, anywhere in the cluster, and their threads'),
  read_at: isoDate.describe('When the counts were read (of two answers, the one read later is the true one)'),
});

const keyField = z.object({ label: z.string(), value: z.string() });

export const jobResultRowSchema = z.object({
  job_id: z.string(),
  filename: z.string(),
  status: jobStatusSchema,
  pages: z.number().int().nullable(),
  processing_ms: z.number().int().nullable(),
  error: z.string().nullable(),
  error_type: errorTypeSchema.nullable(),
  has_result: z.boolean(),
  category: z.string().nullable(),
  confidence: z.number().nullable(),
  language: z.string().nullable(),
  key_fields: z.array(keyField),
  no_text: z.boolean().describe('the result has no text (a scan or pictures only): its category says nothing'),
  partial: z.boolean(),
  warning_count: z.number().int(),
});

export const batchResultsPageSchema = z.object({
  batch_id: z.string(),
  stats: z.object({
    total: z.number().int(),
    queued: z.number().int(),
    processing: z.number().int(),
    completed: z.number().int(),
    failed: z.number().int(),
    cancelled: z.number().int(),
    pages: z.number().int(),
    started_at: isoDate.nullable(),
    finished_at: isoDate.nullable(),
    duration_ms: z.number().int().nullable(),
    categories: z.array(z.object({ category: z.string(), count: z.number().int() })),
  }),
  results: z.array(jobResultRowSchema),
  next_cursor: z.string().nullable(),
});

export const summaryDocumentSchema = z.object({
  filename: z.string(),
  status: jobStatusSchema,
  error_type: errorTypeSchema.nullable(),
  error: z.string().nullable(),
  pages: z.number().int().nullable(),
  category: z.string().nullable(),
  confidence: z.number().nullable(),
  part_numbers: z.string().nullable().describe('a datasheet\'s part numbers, space-separated'),
  invoice_number: z.string().nullable(),
  invoice_date: z.string().nullable(),
  invoice_total: z.number().nullable().describe('grand total, tax included'),
  currency: z.string().nullable(),
  seller: z.string().nullable(),
  buyer: z.string().nullable(),
  processing_ms: z.number().int().nullable(),
  attempts: z.number().int(),
  sha256: z.string(),
  job_id: z.string(),
  export_name: z.string(),
  duplicate_of: z.string().nullable(),
  has_result: z.boolean(),
  partial: z.boolean(),
});

export const batchSummaryReportSchema = z.object({
  batch: z.object({ batch_id: z.string(), name: z.string(), workflow: workflowSchema, status: batchStatusSchema, created_at: isoDate }),
  filter: z.object({ status: z.array(jobStatusSchema).nullable() }),
  generated_at: isoDate,
  totals: z.object({
    total: z.number().int(),
    processed: z.number().int(),
    successful: z.number().int(),
    failed: z.number().int(),
    cancelled: z.number().int(),
    queued: z.number().int(),
    processing: z.number().int(),
    pages: z.number().int(),
    started_at: isoDate.nullable(),
    finished_at: isoDate.nullable(),
    duration_ms: z.number().int().nullable(),
    processing_ms_total: z.number().int(),
  }),
  documents: z.array(summaryDocumentSchema),
});

export const jobListResponseSchema = z.object({ jobs: z.array(jobSummarySchema) });
