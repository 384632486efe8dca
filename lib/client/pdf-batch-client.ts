// The typed client of the pdf-batch REST API: fetch only, so it runs in Node (the CLI) and in the
// browser alike. A base URL and an optional bearer token; every failure is thrown as an ApiError.
import type { BatchDetail, BatchListResponse, BatchSummary, CreateBatchResponse, JobStatus, JobSummary, OcrMode, UpdateBatchBody, Workflow } from '../schemas/batch';
import type { DocumentResponse } from '../schemas/document';
import type { HealthResponse } from '../schemas/health';
import type { LimitsResponse } from '../schemas/limits';
import type { TemplateList } from '../schemas/template';
import type { BatchSummaryReport } from '../export/summary';
import type { JobDetail } from '../jobs/get-job';
import type { BatchResultsPage } from '../jobs/result-summary';
import type { QueueState } from '../queue/queue-state';
import type { QueueOverview } from '../schemas/queue';
import type { Analytics } from '../schemas/analytics';
import type { BulkAction, BulkActionBody, BulkPreview, BulkResult, JobFilterInput, JobHistory, JobPage } from '../schemas/jobs';
import { ApiError, apiErrorFrom, networkError } from './api-error';

export type ClientOptions = {
  /** Where the server is, e.g. http://127.0.0.1:3000 ('' in the browser: the page's own origin). */
  baseUrl: string;
  /** Sent as `Authorization: Bearer <token>`. */
  token?: string;
  /** Another fetch (tests, proxies); the global one by default. */
  fetch?: typeof fetch;
};

/** A file to upload: its name and its bytes (in Node, `fs.openAsBlob(path)` reads lazily). */
export type UploadFile = { name: string; blob: Blob };

/** `ocr`: auto, off or force for this batch (default: the server's OCR setting). */
export type CreateBatchOptions = {
  name?: string;
  workflow?: Workflow;
  priority?: number;
  ocr?: OcrMode;
  /** A template's name or id: its settings for the options not given. */
  template?: string;
  /** ISO 8601 with its offset: not started before then. */
  startAt?: string;
  /** Not started until released (releaseBatch). */
  hold?: boolean;
  notifyEmail?: string;
};
export type SubmitDocumentOptions = { workflow?: Workflow; wait?: boolean; timeoutS?: number };
export type ExportOptions = { status?: JobStatus[]; includeOriginals?: boolean };

type Query = Record<string, string | number | boolean | undefined | null>;

/** GET /api/jobs: a filter (lists comma-separated), the sort and the page. */
export type AllJobsQuery = { [K in keyof JobFilterInput]?: string } & { sort?: string; order?: 'asc' | 'desc'; limit?: number; cursor?: string | null };
export type AnalyticsOptions = { range?: 'hour' | 'day' | 'week'; from?: string; to?: string; batch_id?: string };

function queryString(query: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== null) params.set(key, String(value));
  const s = params.toString();
  return s ? `?${s}` : '';
}

const id = (value: string) => encodeURIComponent(value);

export class PdfBatchClient {
  readonly baseUrl: string;
  private readonly token: string | undefined;
  private readonly fetcher: typeof fetch;

  constructor(options: ClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.token = options.token || undefined;
    this.fetcher = options.fetch ?? ((input, init) => fetch(input, init));
  }

  /** The headers every request carries (the token, when there is one). */
  headers(extra: Record<string, string> = {}): Record<string, string> {
    return { accept: 'application/json', ...(this.token ? { authorization: `Bearer ${this.token}` } : {}), ...extra };
  }

  /** One request; a non-2xx answer is thrown as an ApiError. The caller reads the body. */
  async request(method: string, path: string, init: { body?: BodyInit; headers?: Record<string, string>; signal?: AbortSignal } = {}): Promise<Response> {
    let response: Response;
    try {
      response = await this.fetcher(`${this.baseUrl}${path}`, { method, body: init.body, headers: this.headers(init.headers), cache: 'no-store', signal: init.signal });
    } catch (error) {
      if (init.signal?.aborted) throw error;
      if (!this.baseUrl) throw networkError(); // in the browser: the page's own server
      const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : '';
      throw new ApiError('network_error', `Could not reach the server at ${this.baseUrl || 'this site'}${cause}. Is it running?`);
    }
    if (!response.ok) throw apiErrorFrom(response.status, await response.text(), response.headers.get('retry-after'));
    return response;
  }

  private async json<T>(method: string, path: string, init: { body?: BodyInit; headers?: Record<string, string>; signal?: AbortSignal } = {}): Promise<T> {
    const response = await this.request(method, path, init);
    const text = await response.text();
    try {
      return JSON.parse(text) as T;
    } catch {
      throw new ApiError('bad_response', 'The server sent an answer that could not be read.', response.status);
    }
  }

  private sendJson<T>(method: string, path: string, body: unknown): Promise<T> {
    return this.json<T>(method, path, { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
  }

  health = (signal?: AbortSignal) => this.json<HealthResponse>('GET', '/api/health', { signal });
  openapi = () => this.json<Record<string, unknown>>('GET', '/api/openapi.json');
  limits = (signal?: AbortSignal) => this.json<LimitsResponse>('GET', '/api/limits', { signal });
  /** Saved batch settings, by name. */
  listTemplates = (signal?: AbortSignal) => this.json<TemplateList>('GET', '/api/templates', { signal });

  // Batches
  listBatches = (query: { limit?: number; cursor?: string | null } = {}, signal?: AbortSignal) =>
    this.json<BatchListResponse>('GET', `/api/batches${queryString(query)}`, { signal });
  getBatch = (batchId: string, signal?: AbortSignal) => this.json<BatchDetail>('GET', `/api/batches/${id(batchId)}`, { signal });
  listJobs = (batchId: string, status?: JobStatus) => this.json<{ jobs: JobSummary[] }>('GET', `/api/batches/${id(batchId)}/jobs${queryString({ status })}`);
  getResults = (batchId: string, query: { limit?: number; cursor?: string | null } = {}, signal?: AbortSignal) =>
    this.json<BatchResultsPage>('GET', `/api/batches/${id(batchId)}/results${queryString(query)}`, { signal });
  getSummary = (batchId: string, status?: JobStatus[]) =>
    this.json<BatchSummaryReport>('GET', `/api/batches/${id(batchId)}/summary${queryString({ status: status?.join(',') })}`);
  updateBatch = (batchId: string, changes: UpdateBatchBody) => this.sendJson<BatchSummary>('PATCH', `/api/batches/${id(batchId)}`, changes);
  deleteBatch = async (batchId: string) => void (await this.request('DELETE', `/api/batches/${id(batchId)}`));
  cancelBatch = (batchId: string) => this.json<BatchSummary>('POST', `/api/batches/${id(batchId)}/cancel`);
  retryBatch = (batchId: string) => this.json<BatchSummary>('POST', `/api/batches/${id(batchId)}/retry`);
  /** A held or scheduled batch starts now. */
  releaseBatch = (batchId: string) => this.json<BatchSummary>('POST', `/api/batches/${id(batchId)}/release`);
  /** The ZIP as a streamed Response (`response.body`), with its name in Content-Disposition. */
  exportBatch = (batchId: string, options: ExportOptions = {}) =>
    this.request('GET', `/api/batches/${id(batchId)}/export${queryString({ status: options.status?.join(','), include: options.includeOriginals ? 'originals' : undefined })}`, {
      headers: { accept: 'application/zip' },
    });

  /** Uploads the files as one batch (the fields go first, so the server knows them before the files). */
  createBatch(files: readonly UploadFile[], options: CreateBatchOptions = {}): Promise<CreateBatchResponse> {
    const form = new FormData();
    if (options.name?.trim()) form.append('name', options.name.trim());
    if (options.workflow) form.append('workflow', options.workflow);
    if (options.priority !== undefined) form.append('priority', String(options.priority));
    if (options.ocr) form.append('ocr', options.ocr);
    if (options.template) form.append('template', options.template);
    if (options.startAt) form.append('start_at', options.startAt);
    if (options.hold) form.append('hold', 'true');
    if (options.notifyEmail) form.append('notify_email', options.notifyEmail);
    for (const file of files) form.append('files', file.blob, file.name);
    return this.json<CreateBatchResponse>('POST', '/api/batches', { body: form });
  }

  // Jobs
  getJob = (jobId: string) => this.json<JobDetail>('GET', `/api/jobs/${id(jobId)}`);
  cancelJob = (jobId: string) => this.json<JobDetail>('POST', `/api/jobs/${id(jobId)}/cancel`);
  retryJob = (jobId: string) => this.json<JobDetail>('POST', `/api/jobs/${id(jobId)}/retry`);
  /** Every job across batches, filtered, sorted, one page (follow `next_cursor`). */
  listAllJobs = (query: AllJobsQuery = {}, signal?: AbortSignal) => this.json<JobPage>('GET', `/api/jobs${queryString(query)}`, { signal });
  /** A job with every run: worker, stage times, outcome, error. */
  getJobAttempts = (jobId: string, signal?: AbortSignal) => this.json<JobHistory>('GET', `/api/jobs/${id(jobId)}/attempts`, { signal });
  /** How many jobs a bulk retry or cancel of the filter would change now (and `as_of`, to act on the same jobs). */
  previewBulk = (action: BulkAction, filter: JobFilterInput) => this.sendJson<BulkPreview>('POST', '/api/jobs/bulk/preview', { action, filter });
  /** Does it: the same filter, with the preview's `as_of` and the confirmed count as `expected_count`. */
  bulkJobs = (body: Omit<BulkActionBody, 'filter'> & { filter: JobFilterInput }) => this.sendJson<BulkResult>('POST', '/api/jobs/bulk', body);
  /** The original PDF as a streamed Response. */
  downloadJobFile = (jobId: string) => this.request('GET', `/api/jobs/${id(jobId)}/file`, { headers: { accept: 'application/pdf' } });

  /** One PDF processed next; with `wait`, the answer holds the result (status 200) unless the time ran out (202). */
  submitDocument(file: UploadFile, options: SubmitDocumentOptions = {}): Promise<DocumentResponse> {
    const form = new FormData();
    if (options.workflow) form.append('workflow', options.workflow);
    form.append('file', file.blob, file.name);
    const query = queryString({ wait: options.wait ? 'true' : undefined, timeout: options.timeoutS });
    return this.json<DocumentResponse>('POST', `/api/documents${query}`, { body: form });
  }

  // Analytics
  getAnalytics = (options: AnalyticsOptions = {}, signal?: AbortSignal) => this.json<Analytics>('GET', `/api/analytics${queryString(options)}`, { signal });

  // Queue
  getQueue = () => this.json<QueueOverview>('GET', '/api/queue');
  pauseQueue = () => this.json<QueueState>('POST', '/api/queue/pause');
  resumeQueue = () => this.json<QueueState>('POST', '/api/queue/resume');
}
