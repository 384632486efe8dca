// The jobs view's shapes (every job across batches): the filter, a page of jobs, a job's runs, and
// bulk actions on a filter's result. Shared by the route handlers, the services, the OpenAPI
// document and the browser.
import { z } from 'zod';
import { CATEGORIES } from '../pipeline/types';
import { ERROR_TYPES, JOB_STATUSES, errorTypeSchema, jobSummarySchema } from './batch';

const isoDate = z.string().describe('ISO 8601 date-time');
const dateParam = z.iso.datetime({ offset: true }).describe('ISO 8601 date-time, e.g. 2026-12-04T10:00:00Z');

/** A list of allowed values: `a,b` (or one) in a query string, an array or the same string in JSON. */
const listOf = <T extends readonly [string, ...string[]]>(values: T) => {
  const list = z.array(z.enum(values)).min(1);
  return z
    .union([list, z.string().transform((s) => s.split(',').map((v) => v.trim()).filter(Boolean)).pipe(list)])
    .describe(`one or several of ${values.join(', ')}, comma-separated`);
};

export const JOB_SORTS = ['created_at', 'finished_at', 'processing_ms'] as const;
export type JobSort = (typeof JOB_SORTS)[number];

/** Which jobs: every field optional, all given ones must hold. The same for the list and bulk actions. */
export const jobFilterSchema = z.object({
  status: listOf(JOB_STATUSES).optional(),
  error_type: listOf(ERROR_TYPES).optional(),
  document_type: listOf(CATEGORIES).optional(),
  worker: z.string().min(1).max(200).optional().describe('the worker id of the job\'s last run (worker_id)'),
  batch_id: z.string().min(1).max(100).optional().describe('only the jobs of this batch'),
  from: dateParam.optional().describe('only jobs whose `time_field` is at or after this ISO 8601 time'),
  to: dateParam.optional().describe('only jobs whose `time_field` is before this ISO 8601 time'),
  time_field: z.enum(['created_at', 'finished_at']).default('created_at').describe('which time `from` and `to` apply to'),
});
export type JobFilter = z.infer<typeof jobFilterSchema>;
/** The filter as written in a query string or a body, before parsing. */
export type JobFilterInput = z.input<typeof jobFilterSchema>;

export const listAllJobsQuerySchema = jobFilterSchema.extend({
  sort: z.enum(JOB_SORTS).default('created_at').describe('created_at, finished_at or processing_ms (jobs without one come last)'),
  order: z.enum(['desc', 'asc']).default('desc').describe('`desc` (newest or largest first) or `asc`, along `sort`'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().min(1).max(500).optional(),
});
export type ListAllJobsQuery = z.infer<typeof listAllJobsQuerySchema>;

export const jobRowSchema = jobSummarySchema.extend({
  batch_name: z.string(),
  document_type: z.enum(CATEGORIES).nullable().describe('the classifier\'s category of a completed job'),
});
export type JobRow = z.infer<typeof jobRowSchema>;

export const jobPageSchema = z.object({
  total: z.number().int().describe('how many jobs match the filter, counted up to 10,000'),
  total_capped: z.boolean().describe('true: more than `total` jobs match (counting stopped there; a bulk preview counts them all)'),
  jobs: z.array(jobRowSchema),
  next_cursor: z.string().nullable(),
});
export type JobPage = z.infer<typeof jobPageSchema>;

export const ATTEMPT_OUTCOMES = ['completed', 'failed', 'retrying', 'cancelled', 'requeued'] as const;

export const jobAttemptSchema = z.object({
  attempt: z.number().int().min(1),
  worker_id: z.string(),
  started_at: isoDate,
  loaded_at: isoDate.nullable(),
  extracted_at: isoDate.nullable(),
  analysed_at: isoDate.nullable(),
  finished_at: isoDate.nullable(),
  duration_ms: z.number().int().nullable(),
  outcome: z.enum(ATTEMPT_OUTCOMES).nullable().describe('null while the run goes on; retrying: failed and back in the queue; requeued: its worker went away'),
  error_type: errorTypeSchema.nullable(),
  error: z.string().nullable(),
});
export type JobAttempt = z.infer<typeof jobAttemptSchema>;

export const jobHistorySchema = z.object({ job: jobRowSchema, attempts: z.array(jobAttemptSchema) });
export type JobHistory = z.infer<typeof jobHistorySchema>;

export const BULK_ACTIONS = ['retry', 'cancel'] as const;
const ACTION_MEANING = '`retry` (failed and cancelled jobs run again) or `cancel` (queued and running jobs stop)';
const FILTER_MEANING = 'which jobs: the fields of `GET /api/jobs` (`status`, `error_type`, `document_type`, `worker`, `batch_id`, `from`, `to`, `time_field`) as JSON';
export type BulkAction = (typeof BULK_ACTIONS)[number];

export const bulkPreviewBodySchema = z.object({
  action: z.enum(BULK_ACTIONS).describe(ACTION_MEANING),
  filter: jobFilterSchema.default({ time_field: 'created_at' }).describe(FILTER_MEANING),
});

export const bulkPreviewSchema = z.object({
  action: z.enum(BULK_ACTIONS),
  count: z.number().int().describe('how many jobs the action would change now'),
  as_of: isoDate.describe('the moment counted: give it back to act on the same jobs'),
});
export type BulkPreview = z.infer<typeof bulkPreviewSchema>;

export const bulkActionBodySchema = bulkPreviewBodySchema.extend({
  as_of: dateParam.describe('the preview\'s `as_of`: jobs created (and for retry, ended) after it are left alone'),
  expected_count: z.number().int().min(0).describe('the preview\'s `count`, as confirmed: more jobs than this is a 409'),
});
export type BulkActionBody = z.infer<typeof bulkActionBodySchema>;

export const bulkResultSchema = z.object({
  action: z.enum(BULK_ACTIONS),
  changed: z.number().int().describe('jobs changed (fewer than confirmed when some moved on in between)'),
  batches: z.number().int().describe('batches they belong to'),
});
export type BulkResult = z.infer<typeof bulkResultSchema>;
