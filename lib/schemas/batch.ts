// The API's shapes for batches and jobs: zod schemas (for validation and, later, OpenAPI) with
// their inferred types. Shared by route handlers, the worker, the socket layer and the browser.
import { z } from 'zod';
import { stripInvisible } from '../text/invisible';

export const WORKFLOWS = ['full_extraction', 'text_only', 'classify'] as const;
export const workflowSchema = z.enum(WORKFLOWS);
export type Workflow = z.infer<typeof workflowSchema>;

/** OCR per batch: auto (pages without a usable text layer), off (never), force (every page). */
export const OCR_MODES = ['auto', 'off', 'force'] as const;
export const ocrModeSchema = z.enum(OCR_MODES);
export type OcrMode = z.infer<typeof ocrModeSchema>;

export const BATCH_STATUSES = ['queued', 'processing', 'completed', 'completed_with_errors', 'failed', 'cancelled'] as const;
export const batchStatusSchema = z.enum(BATCH_STATUSES);
export type BatchStatus = z.infer<typeof batchStatusSchema>;

export const JOB_STATUSES = ['queued', 'processing', 'completed', 'failed', 'cancelled'] as const;
export const jobStatusSchema = z.enum(JOB_STATUSES);
export type JobStatus = z.infer<typeof jobStatusSchema>;

/** Where a job is in the pipeline, with the progress each stage stands for. */
export const JOB_STAGES = {
  queued: 0,
  started: 10,
  loaded: 30,
  extracted: 60,
  analysed: 90,
  saved: 100,
} as const;
export type JobStage = keyof typeof JOB_STAGES | 'failed' | 'cancelled';

/** Page by page between `loaded` and `extracted`: text layers read (`reading:3/12`), then pages OCRed (`ocr:3/12`). */
export type PageStage = `reading:${number}/${number}` | `ocr:${number}/${number}`;

const PAGE_STAGE = /^(reading|ocr):(\d+)\/(\d+)$/;

/** A page stage's parts, or null for any other stage. */
export function parsePageStage(stage: string): { step: 'reading' | 'ocr'; page: number; pages: number } | null {
  const m = PAGE_STAGE.exec(stage);
  if (!m || Number(m[3]) === 0) return null;
  return { step: m[1] as 'reading' | 'ocr', page: Math.min(Number(m[2]), Number(m[3])), pages: Number(m[3]) };
}

/** The progress (0..100) a stage stands for: reading text layers moves 30 → 40, OCR 40 → 60. */
export function stageProgress(stage: string): number {
  const page = parsePageStage(stage);
  if (page) return Math.round(page.step === 'reading' ? 30 + (10 * page.page) / page.pages : 40 + (20 * page.page) / page.pages);
  return (JOB_STAGES as Record<string, number>)[stage] ?? 0;
}

export const ERROR_TYPES = ['validation_error', 'processing_error', 'timeout', 'unexpected_error'] as const;
export const errorTypeSchema = z.enum(ERROR_TYPES);
export type ErrorType = z.infer<typeof errorTypeSchema>;

const isoDate = z.string().describe('ISO 8601 date-time');

export const jobSummarySchema = z.object({
  job_id: z.string(),
  batch_id: z.string(),
  filename: z.string(),
  size_bytes: z.number().int(),
  status: jobStatusSchema,
  progress: z.number().int().min(0).max(100),
  stage: z.string(),
  error: z.string().nullable(),
  error_type: errorTypeSchema.nullable(),
  attempts: z.number().int(),
  worker_id: z.string().nullable(),
  pages: z.number().int().nullable(),
  created_at: isoDate,
  /** When the job row last changed (stamped as the change is written); a `job:update` event's age is now minus this. */
  updated_at: isoDate,
  started_at: isoDate.nullable(),
  finished_at: isoDate.nullable(),
  processing_ms: z.number().int().nullable(),
  /** The job with the same file earlier in the batch, whose outcome this one takes (it never runs itself). */
  duplicate_of: z.string().nullable(),
  /** 1 = the next of this batch's queued jobs to run (position within the batch's queue); null when not waiting to
   * run. Set in snapshots (GET, subscribe); `job:update` events carry null. */
  queue_position: z.number().int().min(1).nullable(),
  seq: z.number().int(),
});
export type JobSummary = z.infer<typeof jobSummarySchema>;

export const batchSummarySchema = z.object({
  batch_id: z.string(),
  name: z.string(),
  workflow: workflowSchema,
  /** The batch's OCR mode; null: the server's default (OCR). Always sent; optional for older clients' data. */
  ocr: ocrModeSchema.nullable().optional(),
  status: batchStatusSchema,
  priority: z.number().int(),
  total_files: z.number().int(),
  queued: z.number().int(),
  processing: z.number().int(),
  completed: z.number().int(),
  failed: z.number().int(),
  cancelled: z.number().int(),
  progress: z.number().min(0).max(100),
  created_at: isoDate,
  updated_at: isoDate,
  started_at: isoDate.nullable(),
  finished_at: isoDate.nullable(),
  seq: z.number().int(),
  /** Scheduling: its jobs are not claimed before `start_at`, nor while `held`. Always sent; optional for older clients' data. */
  start_at: isoDate.nullable().optional().describe('its files are not started before this time; null: at once'),
  held: z.boolean().optional().describe('its files are not started until it is released (POST /api/batches/{id}/release)'),
  template: z.string().nullable().optional().describe('the template it was made from'),
  notify_email: z.string().nullable().optional().describe('where its end is e-mailed; null: NOTIFY_EMAIL'),
  retention_days: z.number().int().nullable().optional().describe('days it is kept once finished; null: RETENTION_DAYS; 0: for ever'),
});
export type BatchSummary = z.infer<typeof batchSummarySchema>;

export const batchDetailSchema = batchSummarySchema.extend({ jobs: z.array(jobSummarySchema) });
export type BatchDetail = z.infer<typeof batchDetailSchema>;

export const rejectedFileSchema = z.object({ filename: z.string(), error: z.string() });
export type RejectedFile = z.infer<typeof rejectedFileSchema>;

export const createBatchResponseSchema = z.object({
  batch_id: z.string(),
  name: z.string(),
  status: batchStatusSchema,
  total_files: z.number().int(),
  rejected: z.array(rejectedFileSchema),
  /** Files that are copies of an earlier file (same SHA-256) and will take its result instead of running. */
  duplicates: z.number().int(),
  message: z.string(),
});
export type CreateBatchResponse = z.infer<typeof createBatchResponseSchema>;

export const batchListResponseSchema = z.object({
  total: z.number().int(),
  batches: z.array(batchSummarySchema),
  next_cursor: z.string().nullable(),
});
export type BatchListResponse = z.infer<typeof batchListResponseSchema>;

/** The form fields of `POST /api/batches` besides the files. */
export const createBatchFieldsSchema = z.object({
  name: z.string().overwrite(stripInvisible).trim().max(200).optional(),
  workflow: workflowSchema.default('full_extraction'),
  priority: z.coerce.number().int().min(-100).max(100).default(0),
  /** auto, off or force; absent: the server's default (OCR). */
  ocr: ocrModeSchema.optional(),
  template: z.string().trim().min(1).max(100).optional().describe("a template's name or id: its settings, for the fields not given"),
  start_at: z.string().trim().min(1).max(100).optional().describe('ISO 8601 date-time (with its offset, e.g. 2026-12-05T08:00:00Z): its files start then, not before'),
  hold: z
    .union([z.boolean(), z.enum(['true', 'false', '1', '0'], { message: 'use true or false' }).transform((v) => v === 'true' || v === '1')])
    .optional()
    .describe('true: its files wait until the batch is released (POST /api/batches/{id}/release)'),
  notify_email: z.string().trim().max(254).pipe(z.email({ message: 'not an e-mail address' })).optional().describe('e-mail its end here (needs SMTP_URL); absent: NOTIFY_EMAIL'),
});
export type CreateBatchFields = z.infer<typeof createBatchFieldsSchema>;

/** Everything a new batch is created with: the fields, resolved against its template and checked. */
export type BatchSettings = {
  name?: string;
  workflow: Workflow;
  priority: number;
  ocr?: OcrMode;
  template?: string | null;
  startAt?: Date | null;
  held?: boolean;
  notifyEmail?: string | null;
  retentionDays?: number | null;
};

export const listBatchesQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().min(1).optional(),
});

export const listJobsQuerySchema = z.object({
  status: jobStatusSchema.optional(),
});

export const jobFileQuerySchema = z.object({
  inline: z.enum(['0', '1']).optional().describe('1: shown in the browser instead of downloaded'),
});

export const updateBatchBodySchema = z
  .object({
    name: z.string().overwrite(stripInvisible).trim().min(1).max(200).optional(),
    priority: z.number().int().min(-100).max(100).optional(),
  })
  .strict()
  .refine((b) => b.name !== undefined || b.priority !== undefined, { message: 'Give a new "name" or "priority".' });
export type UpdateBatchBody = z.infer<typeof updateBatchBodySchema>;
