// Single-document mode (`POST /api/documents`): the query, the form fields and the answer.
import { z } from 'zod';
import { jobStatusSchema, jobSummarySchema, workflowSchema, ocrModeSchema } from './batch';
import { documentResultSchema } from './result';

export const MAX_WAIT_S = 300;

export const documentQuerySchema = z.object({
  wait: z
    .enum(['true', 'false', '1', '0'], { message: 'wait must be true or false' })
    .optional()
    .transform((v) => v === 'true' || v === '1')
    .describe('wait for the result (up to `timeout` seconds) instead of answering 202 at once'),
  timeout: z.coerce
    .number({ message: 'timeout must be a number of seconds' })
    .min(1)
    .max(MAX_WAIT_S, { message: `timeout can be at most ${MAX_WAIT_S} seconds` })
    .default(60)
    .describe('seconds to wait with wait=true (default 60, at most 300)'),
});
export type DocumentQuery = z.infer<typeof documentQuerySchema>;

/** The form fields of `POST /api/documents` besides the `file`. */
export const createDocumentFieldsSchema = z.object({
  workflow: workflowSchema.default('full_extraction'),
  /** auto, off or force; absent: the server's default (OCR). */
  ocr: ocrModeSchema.optional(),
});

export const documentResponseSchema = z.object({
  job_id: z.string(),
  batch_id: z.string(),
  status: jobStatusSchema,
  /** True when the job has ended (completed, failed or cancelled): `result` is final. */
  done: z.boolean(),
  job: jobSummarySchema,
  result: documentResultSchema.nullable(),
  /** Where to poll while it is not done: `GET` gives the job and, once there, its result. */
  poll_url: z.string(),
});
export type DocumentResponse = z.infer<typeof documentResponseSchema>;
