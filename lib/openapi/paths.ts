// Every endpoint of the API, once: method, path, the zod schemas its handler validates with and
// answers in, and a curl example. The OpenAPI document (build-document.ts) and the /docs page
// are generated from this table; paths.test.ts checks it against the route files in app/api.
import { z } from 'zod';
import { exportQuerySchema, summaryQuerySchema } from '../export/batch-export';
import { listResultsQuerySchema } from '../jobs/list-results';
import {
  batchDetailSchema,
  batchListResponseSchema,
  batchSummarySchema,
  createBatchFieldsSchema,
  createBatchResponseSchema,
  jobFileQuerySchema,
  jobSummarySchema,
  listBatchesQuerySchema,
  listJobsQuerySchema,
  updateBatchBodySchema,
} from '../schemas/batch';
import { signInBodySchema, signInResponseSchema } from '../schemas/auth';
import { createDocumentFieldsSchema, documentQuerySchema, documentResponseSchema } from '../schemas/document';
import { errorBodySchema } from '../schemas/error';
import { healthResponseSchema } from '../schemas/health';
import { documentResultSchema } from '../schemas/result';
import { batchResultsPageSchema, batchSummaryReportSchema, jobDetailSchema, jobListResponseSchema, queueOverviewSchema, queueStateSchema } from '../schemas/responses';
import { limitsResponseSchema } from '../schemas/limits';
import { createTemplateBodySchema, templateListSchema, templateSchema, updateTemplateBodySchema } from '../schemas/template';
import { analyticsQuerySchema, analyticsSchema } from '../schemas/analytics';
import { bulkActionBodySchema, bulkPreviewBodySchema, bulkPreviewSchema, bulkResultSchema, jobHistorySchema, jobPageSchema, listAllJobsQuerySchema } from '../schemas/jobs';

/** Named schemas, shown once under `components.schemas` and referred to from the operations. */
export const COMPONENTS = {
  Error: errorBodySchema,
  Health: healthResponseSchema,
  BatchSummary: batchSummarySchema,
  BatchDetail: batchDetailSchema,
  BatchList: batchListResponseSchema,
  CreateBatchResponse: createBatchResponseSchema,
  JobSummary: jobSummarySchema,
  JobList: jobListResponseSchema,
  JobDetail: jobDetailSchema,
  DocumentResult: documentResultSchema,
  DocumentResponse: documentResponseSchema,
  BatchResults: batchResultsPageSchema,
  BatchSummaryReport: batchSummaryReportSchema,
  QueueState: queueStateSchema,
  QueueOverview: queueOverviewSchema,
  Limits: limitsResponseSchema,
  Template: templateSchema,
  TemplateList: templateListSchema,
  JobPage: jobPageSchema,
  JobHistory: jobHistorySchema,
  BulkPreview: bulkPreviewSchema,
  BulkResult: bulkResultSchema,
  Analytics: analyticsSchema,
} satisfies Record<string, z.ZodType>;

export type Method = 'get' | 'post' | 'patch' | 'delete';

export type ResponseSpec = {
  description: string;
  /** JSON described by a zod schema (a COMPONENTS entry or inline). */
  schema?: z.ZodType;
  /** A file instead of JSON. */
  file?: 'application/zip' | 'application/pdf' | 'application/json' | 'text/plain; version=0.0.4';
  headers?: Record<string, string>;
};

export type Operation = {
  method: Method;
  /** OpenAPI style: `/api/batches/{id}`. */
  path: string;
  tag: 'Batches' | 'Jobs' | 'Analytics' | 'Documents' | 'Queue' | 'Templates' | 'Service' | 'Access';
  summary: string;
  description?: string;
  query?: z.ZodObject;
  /** `form`: an HTML form (urlencoded), or the same fields as JSON. */
  body?: { type: 'json' | 'multipart' | 'form'; schema: z.ZodType };
  /** Reachable without a token when AUTH_TOKEN is set. */
  public?: true;
  responses: Record<number, ResponseSpec>;
  example: string;
};

/** What `{id}` stands for, by the path's first segment after /api. */
export const PATH_PARAMS: Record<string, string> = { batches: 'the batch id (batch_id)', jobs: 'the job id (job_id)', templates: 'the template id (template_id) or its name' };

/** What a query parameter or body field means, where its schema has no description of its own. */
export const PARAM_MEANINGS: Record<string, string> = {
  files: 'the PDFs, one `files` field each',
  file: 'the PDF',
  name: 'a name to know the batch by; without one it is named after the upload time',
  workflow: 'how much to read: `full_extraction` (text, tables, fields, type and key data), `text_only` (fastest) or `classify` (text, language, type)',
  priority: 'higher runs first across batches; within a batch files run in upload order',
  limit: 'how many to return at most',
  cursor: 'the `next_cursor` of the previous page, to read the next one',
  status: 'only the files of this status (`queued`, `processing`, `completed`, `failed` or `cancelled`); the summary and the export take several, comma-separated',
  include: '`originals` adds the uploaded PDFs to the ZIP',
  ocr: 'OCR of scanned pages for this batch: `auto` (pages without a usable text layer), `off` or `force` (every page); without it the server\'s `OCR` setting',
  name_pattern: 'the name of its batches, with `{template}`, `{date}`, `{time}` (UTC) and `{files}` filled in',
  retention_days: 'days its finished batches are kept (0: for ever); without it RETENTION_DAYS',
};

const pdfFile = z.file().mime('application/pdf');
const err = (description: string): ResponseSpec => ({ description, schema: errorBodySchema });
const notFound = err('No such id.');
const conflict = err('Not possible in the current state (the reason is in the message).');
const BASE = 'http://localhost:3000';
const unprocessable = err('Well-formed, but cannot be done as asked: `unknown_template` (no template of that name or id), `invalid_schedule` (`start_at` unparsable, without its offset, in the past or over a year ahead), `email_not_configured` (`notify_email` without SMTP_URL).');
/** The answers every upload endpoint can give at its door (lib/admission, lib/uploads). */
const tooLarge = err('Over a limit, named in the message with its value: a file over MAX_FILE_MB, more files than MAX_FILES_PER_BATCH, a body over MAX_BATCH_MB. The whole request is refused; nothing is stored.');
const rateLimited: ResponseSpec = { ...err('More uploads from this client than RATE_LIMIT_UPLOADS per RATE_LIMIT_WINDOW_S.'), headers: { 'Retry-After': '20' } };
const unavailable: ResponseSpec = { ...err('Busy: more than MAX_QUEUED_JOBS queued, or DATA_DIR would have less than MIN_FREE_DISK_MB free.'), headers: { 'Retry-After': '30' } };

export const OPERATIONS: Operation[] = [
  {
    method: 'post',
    path: '/api/batches',
    tag: 'Batches',
    summary: 'Upload PDFs and create a batch',
    description:
      'Multipart form: repeated `files` fields, optional `name`, `workflow`, `priority` and `ocr`; `template` fills the fields not given from a saved template (explicit fields win); `start_at` schedules the batch (its files are not started before then), `hold=true` keeps it until released (`POST /api/batches/{id}/release`); `notify_email` e-mails its end there. Files that are not PDFs (checked by their bytes) or empty are listed in `rejected` and fail at once; the rest are queued. A file over the size limit refuses the whole request (413).',
    body: { type: 'multipart', schema: createBatchFieldsSchema.extend({ files: z.array(pdfFile).min(1) }) },
    responses: {
      201: { description: 'The batch was created.', schema: createBatchResponseSchema },
      400: err('No files, or none of them usable, or a field is wrong.'),
      413: tooLarge,
      415: err('Not multipart/form-data.'),
      422: unprocessable,
      429: rateLimited,
      503: unavailable,
    },
    example: `curl -F files=@invoice.pdf -F files=@datasheet.pdf -F name="March" ${BASE}/api/batches`,
  },
  {
    method: 'get',
    path: '/api/batches',
    tag: 'Batches',
    summary: 'List batches, newest first',
    query: listBatchesQuerySchema,
    responses: { 200: { description: 'A page of batches; pass `next_cursor` as `cursor` for the next.', schema: batchListResponseSchema }, 400: err('Bad query.') },
    example: `curl '${BASE}/api/batches?limit=20'`,
  },
  {
    method: 'get',
    path: '/api/batches/{id}',
    tag: 'Batches',
    summary: 'A batch with its jobs',
    responses: { 200: { description: 'The batch summary and every job.', schema: batchDetailSchema }, 404: notFound },
    example: `curl ${BASE}/api/batches/<batch_id>`,
  },
  {
    method: 'patch',
    path: '/api/batches/{id}',
    tag: 'Batches',
    summary: 'Rename a batch or change its priority',
    body: { type: 'json', schema: updateBatchBodySchema },
    responses: { 200: { description: 'The updated batch.', schema: batchSummarySchema }, 400: err('Bad body.'), 404: notFound },
    example: `curl -X PATCH -H 'content-type: application/json' -d '{"name":"Q1","priority":5}' ${BASE}/api/batches/<batch_id>`,
  },
  {
    method: 'delete',
    path: '/api/batches/{id}',
    tag: 'Batches',
    summary: 'Delete a batch with its jobs, results and files',
    responses: { 204: { description: 'Deleted.' }, 404: notFound },
    example: `curl -X DELETE ${BASE}/api/batches/<batch_id>`,
  },
  {
    method: 'get',
    path: '/api/batches/{id}/jobs',
    tag: 'Batches',
    summary: "A batch's jobs, optionally of one status",
    query: listJobsQuerySchema,
    responses: { 200: { description: 'The jobs in upload order.', schema: jobListResponseSchema }, 404: notFound },
    example: `curl '${BASE}/api/batches/<batch_id>/jobs?status=failed'`,
  },
  {
    method: 'get',
    path: '/api/batches/{id}/results',
    tag: 'Batches',
    summary: "The batch's totals and one compact row per document",
    query: listResultsQuerySchema,
    responses: { 200: { description: 'A page of result rows.', schema: batchResultsPageSchema }, 404: notFound },
    example: `curl ${BASE}/api/batches/<batch_id>/results`,
  },
  {
    method: 'get',
    path: '/api/batches/{id}/summary',
    tag: 'Batches',
    summary: "The export's summary.json alone",
    query: summaryQuerySchema,
    responses: { 200: { description: 'The batch, its totals and one row per document.', schema: batchSummaryReportSchema }, 400: err('Bad status filter.'), 404: notFound },
    example: `curl '${BASE}/api/batches/<batch_id>/summary?status=failed'`,
  },
  {
    method: 'get',
    path: '/api/batches/{id}/export',
    tag: 'Batches',
    summary: "The batch's results as a ZIP, streamed",
    description: '`summary.json`, `summary.csv`, and per document `<name>.json`, `.txt`, `.md` and `<name>.tables/<n>.csv`; the original PDFs with `include=originals`. `status` is a comma-separated list of job states.',
    query: exportQuerySchema,
    responses: { 200: { description: 'The ZIP.', file: 'application/zip', headers: { 'Content-Disposition': 'attachment; filename="<batch name>.zip"' } }, 400: err('Bad query.'), 404: notFound, 413: err('An original is too large for the ZIP.') },
    example: `curl -OJ '${BASE}/api/batches/<batch_id>/export?include=originals'`,
  },
  {
    method: 'post',
    path: '/api/batches/{id}/cancel',
    tag: 'Batches',
    summary: 'Cancel the queued and running jobs of a batch',
    responses: { 200: { description: 'The batch after the change.', schema: batchSummarySchema }, 404: notFound, 409: conflict },
    example: `curl -X POST ${BASE}/api/batches/<batch_id>/cancel`,
  },
  {
    method: 'post',
    path: '/api/batches/{id}/retry',
    tag: 'Batches',
    summary: "Queue a batch's failed and cancelled jobs again",
    responses: { 200: { description: 'The batch after the change.', schema: batchSummarySchema }, 404: notFound, 409: conflict },
    example: `curl -X POST ${BASE}/api/batches/<batch_id>/retry`,
  },
  {
    method: 'post',
    path: '/api/batches/{id}/release',
    tag: 'Batches',
    summary: 'Start a held or scheduled batch now',
    description: 'Clears `held` and `start_at`: its files are free to start at once. A batch that is neither, or has ended, is a 409.',
    responses: { 200: { description: 'The batch after the change.', schema: batchSummarySchema }, 404: notFound, 409: conflict },
    example: `curl -X POST ${BASE}/api/batches/<batch_id>/release`,
  },
  {
    method: 'get',
    path: '/api/templates',
    tag: 'Templates',
    summary: 'Every template, by name',
    responses: { 200: { description: 'The templates.', schema: templateListSchema } },
    example: `curl ${BASE}/api/templates`,
  },
  {
    method: 'post',
    path: '/api/templates',
    tag: 'Templates',
    summary: 'Save a template: settings for new batches, under a unique name',
    description:
      '`name_pattern` names its batches, with `{template}`, `{date}`, `{time}` (UTC) and `{files}` filled in; `retention_days` keeps its finished batches that many days (0: for ever) instead of RETENTION_DAYS. The name is also a folder of the watched folder: `WATCH_DIR/<name>/`.',
    body: { type: 'json', schema: createTemplateBodySchema },
    responses: { 201: { description: 'The template.', schema: templateSchema }, 400: err('Bad body (the field and the reason are in the message).'), 409: err('A template of that name exists.') },
    example: `curl -H 'content-type: application/json' -d '{"name":"Invoices","name_pattern":"Invoices {date}","workflow":"full_extraction","priority":5,"ocr":"auto","retention_days":30}' ${BASE}/api/templates`,
  },
  {
    method: 'get',
    path: '/api/templates/{id}',
    tag: 'Templates',
    summary: 'One template, by id or name',
    responses: { 200: { description: 'The template.', schema: templateSchema }, 404: notFound },
    example: `curl ${BASE}/api/templates/Invoices`,
  },
  {
    method: 'patch',
    path: '/api/templates/{id}',
    tag: 'Templates',
    summary: "Change some of a template's settings",
    description: 'Batches already made from it keep their settings.',
    body: { type: 'json', schema: updateTemplateBodySchema },
    responses: { 200: { description: 'The template after the change.', schema: templateSchema }, 400: err('Bad body.'), 404: notFound, 409: err('Another template has that name.') },
    example: `curl -X PATCH -H 'content-type: application/json' -d '{"priority":0}' ${BASE}/api/templates/Invoices`,
  },
  {
    method: 'delete',
    path: '/api/templates/{id}',
    tag: 'Templates',
    summary: 'Delete a template',
    description: 'Batches made from it keep their settings.',
    responses: { 204: { description: 'Deleted.' }, 404: notFound },
    example: `curl -X DELETE ${BASE}/api/templates/Invoices`,
  },
  {
    method: 'get',
    path: '/api/jobs',
    tag: 'Jobs',
    summary: 'Every job across batches: filtered, sorted, a page at a time',
    description:
      'Filters combine (all must hold); `status`, `error_type` and `document_type` take several values, comma-separated. `from`/`to` apply to the upload time, or with `time_field=finished_at` to the end. Pages are keyset-paged: pass `next_cursor` back as `cursor` with the same filter and sort; `total` counts every match.',
    query: listAllJobsQuerySchema,
    responses: { 200: { description: 'One page of jobs, with their batch names.', schema: jobPageSchema }, 400: err('A filter value, the sort or the cursor is not valid.') },
    example: `curl '${BASE}/api/jobs?status=failed&error_type=timeout&limit=50'`,
  },
  {
    method: 'get',
    path: '/api/jobs/{id}/attempts',
    tag: 'Jobs',
    summary: 'A job with every run: worker, stage times, outcome, error',
    responses: { 200: { description: 'The job and its runs, oldest first.', schema: jobHistorySchema }, 404: notFound },
    example: `curl ${BASE}/api/jobs/<job_id>/attempts`,
  },
  {
    method: 'post',
    path: '/api/jobs/bulk/preview',
    tag: 'Jobs',
    summary: 'Count the jobs a bulk retry or cancel of a filter would change',
    description:
      'The first step of a bulk action: `retry` counts the failed and cancelled jobs (with a stored file) the filter finds, `cancel` the queued and running ones. Show `count` to the person; send `as_of` and the confirmed count with the action. `filter` takes the fields of GET /api/jobs (lists as arrays or comma-separated); give absolute times, so the action repeats the same filter.',
    body: { type: 'json', schema: bulkPreviewBodySchema },
    responses: { 200: { description: 'The count, as of a moment.', schema: bulkPreviewSchema }, 400: err('The action or the filter is not valid.') },
    example: `curl -H 'content-type: application/json' -d '{"action":"retry","filter":{"status":"failed","error_type":"timeout","from":"2026-12-04T10:00:00Z","time_field":"finished_at"}}' ${BASE}/api/jobs/bulk/preview`,
  },
  {
    method: 'post',
    path: '/api/jobs/bulk',
    tag: 'Jobs',
    summary: 'Retry or cancel the jobs a preview counted',
    description:
      'The same `action` and `filter` as the preview, with its `as_of` and the confirmed `expected_count`. Only jobs created by `as_of` (and, for a retry, ended by then) that are still in a state the action applies to are changed, each with a conditional update; more of them than `expected_count` is refused with 409 and changes nothing. Fewer (some moved on in between) is done: `changed` says how many.',
    body: { type: 'json', schema: bulkActionBodySchema },
    responses: {
      200: { description: 'What was changed.', schema: bulkResultSchema },
      400: err('The body is not valid.'),
      409: err('More jobs match now than were confirmed; preview again.'),
    },
    example: `curl -H 'content-type: application/json' -d '{"action":"cancel","filter":{"batch_id":"<batch_id>","status":"queued"},"as_of":"<as_of>","expected_count":12}' ${BASE}/api/jobs/bulk`,
  },
  {
    method: 'get',
    path: '/api/analytics',
    tag: 'Analytics',
    summary: 'Throughput, failures, queue, time per page and document types over a time range',
    description:
      'Read from the database, so every node answers the same. `range=hour` (per minute), `day` (per 15 min) or `week` (per hour); or `from`/`to` (intervals chosen to give at most 180 points); or `batch_id` for one batch over its run. Documents count when they end (completed or failed); percentiles are nearest-rank.',
    query: analyticsQuerySchema,
    responses: { 200: { description: 'The figures and the series.', schema: analyticsSchema }, 400: err('A wrong range or time.'), 404: err('No batch with that id.') },
    example: `curl '${BASE}/api/analytics?range=day'`,
  },
  {
    method: 'get',
    path: '/api/jobs/{id}',
    tag: 'Jobs',
    summary: 'A job with its result',
    responses: { 200: { description: 'The job; `result` is null until there is one.', schema: jobDetailSchema }, 404: notFound },
    example: `curl ${BASE}/api/jobs/<job_id>`,
  },
  {
    method: 'get',
    path: '/api/jobs/{id}/result',
    tag: 'Jobs',
    summary: 'The job and its result as a JSON file to download',
    responses: { 200: { description: 'The same JSON as GET /api/jobs/{id}, as an attachment.', schema: jobDetailSchema, file: 'application/json' }, 404: notFound },
    example: `curl ${BASE}/api/jobs/<job_id>/result -o result.json`,
  },
  {
    method: 'get',
    path: '/api/jobs/{id}/file',
    tag: 'Jobs',
    summary: 'The original PDF',
    query: jobFileQuerySchema,
    responses: { 200: { description: 'The uploaded file.', file: 'application/pdf' }, 404: notFound },
    example: `curl ${BASE}/api/jobs/<job_id>/file -o original.pdf`,
  },
  {
    method: 'post',
    path: '/api/jobs/{id}/cancel',
    tag: 'Jobs',
    summary: 'Cancel one queued or running job',
    responses: { 200: { description: 'The job after the change.', schema: jobDetailSchema }, 404: notFound, 409: conflict },
    example: `curl -X POST ${BASE}/api/jobs/<job_id>/cancel`,
  },
  {
    method: 'post',
    path: '/api/jobs/{id}/retry',
    tag: 'Jobs',
    summary: 'Queue one failed or cancelled job again',
    responses: { 200: { description: 'The job after the change.', schema: jobDetailSchema }, 404: notFound, 409: conflict },
    example: `curl -X POST ${BASE}/api/jobs/<job_id>/retry`,
  },
  {
    method: 'post',
    path: '/api/documents',
    tag: 'Documents',
    summary: 'Process one PDF right away',
    description:
      'Multipart form with one `file` (and optional `workflow`). Stored as a one-file batch named after the file, with the highest priority, so it is the next document a worker takes. Without `wait` the answer is 202 at once; with `wait=true` it comes when the job has ended (200, with `result`), or after `timeout` seconds with 202, the job so far, and `Location` to poll.',
    query: documentQuerySchema,
    body: { type: 'multipart', schema: createDocumentFieldsSchema.extend({ file: pdfFile }) },
    responses: {
      200: { description: 'The job has ended (completed, failed or cancelled); `result` is its result.', schema: documentResponseSchema },
      202: { description: 'Queued or processing; poll `poll_url` (also in `Location`).', schema: documentResponseSchema, headers: { Location: '/api/jobs/<job_id>' } },
      400: err('No file, more than one, not a usable PDF, or a bad field or query.'),
      413: tooLarge,
      415: err('Not multipart/form-data.'),
      429: rateLimited,
      503: unavailable,
    },
    example: `curl -F file=@invoice.pdf '${BASE}/api/documents?wait=true&timeout=60'`,
  },
  {
    method: 'get',
    path: '/api/queue',
    tag: 'Queue',
    summary: 'Whether the queue is paused, and all jobs counted by status',
    responses: { 200: { description: 'The queue state and counts.', schema: queueOverviewSchema } },
    example: `curl ${BASE}/api/queue`,
  },
  {
    method: 'post',
    path: '/api/queue/pause',
    tag: 'Queue',
    summary: 'Stop claiming jobs (running ones finish)',
    responses: { 200: { description: 'The queue state.', schema: queueStateSchema } },
    example: `curl -X POST ${BASE}/api/queue/pause`,
  },
  {
    method: 'post',
    path: '/api/queue/resume',
    tag: 'Queue',
    summary: 'Claim jobs again',
    responses: { 200: { description: 'The queue state.', schema: queueStateSchema } },
    example: `curl -X POST ${BASE}/api/queue/resume`,
  },
  {
    method: 'get',
    path: '/api/health',
    tag: 'Service',
    summary: 'Database, disk, queue and workers at a glance',
    public: true,
    description:
      '`status` is `ok` (200), `degraded` (free disk in DATA_DIR below MIN_FREE_DISK_MB) or `down` (the database cannot be read); both answer 503, with the reasons in `reasons`. `workers` is this process; `cluster` every process with PDF threads that reported within LEASE_S; `warnings` what needs a look without making this node unhealthy (jobs queued and no worker running: still 200). Open without a token when AUTH_TOKEN is set, but then the answer is `{ "status" }` alone (same HTTP status).',
    responses: {
      200: { description: 'Healthy.', schema: healthResponseSchema },
      503: { description: 'The database cannot be read, or the disk is short; `reasons` says which.', schema: healthResponseSchema },
    },
    example: `curl ${BASE}/api/health`,
  },
  {
    method: 'get',
    path: '/metrics',
    tag: 'Service',
    summary: 'Prometheus metrics of this process (text exposition format)',
    description:
      'Jobs by status, queue depth, processing-seconds histogram, pages processed, upload bytes, real-time event fan-out, worker threads and the Node process (memory, event loop lag). Off with METRICS_ENABLED=false (404).',
    responses: {
      200: { description: 'The metrics, Prometheus text format 0.0.4.', file: 'text/plain; version=0.0.4' },
      404: err('Metrics are turned off (METRICS_ENABLED=false).'),
    },
    example: `curl ${BASE}/metrics`,
  },
  {
    method: 'get',
    path: '/api/limits',
    tag: 'Service',
    summary: 'What one upload may hold (file size, files, total size)',
    responses: { 200: { description: 'The limits, in bytes and files.', schema: limitsResponseSchema } },
    example: `curl ${BASE}/api/limits`,
  },
  {
    method: 'post',
    path: '/api/batches/demo',
    tag: 'Batches',
    summary: 'Create a batch from the sample PDFs that ship with the app',
    description: 'Optional JSON body with the fields of an upload (`name`, `workflow`, `priority`, `ocr`, `template`, `start_at`, `hold`, `notify_email`). The quickest way to see the product work.',
    body: { type: 'json', schema: createBatchFieldsSchema.partial() },
    responses: { 201: { description: 'The batch was created.', schema: createBatchResponseSchema }, 400: err('The body is not JSON or a field is wrong.'), 422: unprocessable, 429: rateLimited, 503: unavailable },
    example: `curl -X POST ${BASE}/api/batches/demo`,
  },
  {
    method: 'get',
    path: '/api/openapi.json',
    tag: 'Service',
    summary: 'This API as an OpenAPI 3.1 document',
    responses: { 200: { description: 'The OpenAPI document.', schema: z.record(z.string(), z.unknown()) } },
    example: `curl ${BASE}/api/openapi.json`,
  },
  {
    method: 'post',
    path: '/api/auth/sign-in',
    tag: 'Access',
    summary: 'Trade a token for a session cookie (the sign-in page posts here)',
    description:
      'A browser form (`Accept: text/html`) is answered 303: to `next` with the cookie (HttpOnly, SameSite=Lax, Secure over https; 30 days), or back to `/sign-in?error=invalid_token`. JSON callers get 200 or 401. Past ten attempts a minute from one address: 429 with Retry-After, before the body is read (a form goes back to `/sign-in?error=too_many_attempts`). A body over 16 KB: 413. Without AUTH_TOKEN it succeeds without a cookie.',
    body: { type: 'form', schema: signInBodySchema },
    public: true,
    responses: {
      200: { description: 'Signed in (JSON callers).', schema: signInResponseSchema, headers: { 'set-cookie': 'pdf_batch_session=…; Path=/; HttpOnly; SameSite=Lax' } },
      303: { description: 'A form: on to `next`, or back to the sign-in page with the error.', headers: { location: '/batch' } },
      401: err('The token is not valid (JSON callers).'),
      403: err('Sent from a page of another site (`cross_origin`).'),
      429: err('Too many attempts from this address (`rate_limited`); wait `Retry-After` seconds.'),
    },
    example: `curl -i -H 'content-type: application/json' -d '{"token":"'"$TOKEN"'"}' ${BASE}/api/auth/sign-in`,
  },
  {
    method: 'post',
    path: '/api/auth/sign-out',
    tag: 'Access',
    summary: 'Remove the session cookie',
    description: 'Signed in, it ends every session (a new session epoch: every session cookie, copies included, stops working on every node). A browser form is sent on to `/sign-in?signed_out=1` (303); JSON callers get 200. Tokens stay valid until they are taken out of AUTH_TOKEN.',
    public: true,
    responses: {
      200: { description: 'Signed out (JSON callers).', schema: signInResponseSchema },
      303: { description: 'A form: on to the sign-in page.', headers: { location: '/sign-in?signed_out=1' } },
      403: err('Sent from a page of another site (`cross_origin`).'),
    },
    example: `curl -X POST ${BASE}/api/auth/sign-out`,
  },
];
