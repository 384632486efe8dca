// The browser's side of the REST API: JSON reads through the typed client (pdf-batch-client.ts),
// the upload with XHR (fetch cannot report upload progress). Failures are thrown as ApiError.
import type { BatchDetail, BatchListResponse, CreateBatchResponse, OcrMode, Workflow } from '@/lib/schemas/batch';
import type { LimitsResponse } from '@/lib/schemas/limits';
import type { TemplateList } from '@/lib/schemas/template';
import { ApiError, apiErrorFrom, networkError } from './api-error';
import { PdfBatchClient } from './pdf-batch-client';
import { fetchSignedIn, signInAgainIfUnauthorized } from './session-ended';

/** The typed client on the page's own server; JSON reads go through it. */
export const apiClient = new PdfBatchClient({ baseUrl: '', fetch: fetchSignedIn });

export function getBatch(batchId: string, signal?: AbortSignal): Promise<BatchDetail> {
  return apiClient.getBatch(batchId, signal);
}

export function listBatches(query: { limit: number; cursor?: string | null }, signal?: AbortSignal): Promise<BatchListResponse> {
  return apiClient.listBatches(query, signal);
}

export function getLimits(signal?: AbortSignal): Promise<LimitsResponse> {
  return apiClient.limits(signal);
}

export function listTemplates(signal?: AbortSignal): Promise<TemplateList> {
  return apiClient.listTemplates(signal);
}

/**
 * `ocr`: the batch's OCR mode; absent: the server's default. `template`: its settings for what is not
 * given (the name pattern when `name` is empty). `startAt` (ISO 8601) or `hold`: started later.
 */
export type UploadOptions = { name?: string; workflow: Workflow; priority?: number; ocr?: OcrMode; template?: string; startAt?: string; hold?: boolean };

/** A batch of the sample PDFs that ship with the app, with the chosen options. */
export async function createDemoBatch(options: UploadOptions): Promise<CreateBatchResponse> {
  let response: Response;
  try {
    response = await fetchSignedIn('/api/batches/demo', {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: JSON.stringify({
        name: options.name?.trim() || undefined,
        workflow: options.workflow,
        priority: options.priority,
        ocr: options.ocr,
        template: options.template,
        start_at: options.startAt,
        hold: options.hold || undefined,
      }),
    });
  } catch {
    throw networkError();
  }
  const text = await response.text();
  if (!response.ok) throw apiErrorFrom(response.status, text, response.headers.get('retry-after'));
  try {
    return JSON.parse(text) as CreateBatchResponse;
  } catch {
    throw new ApiError('bad_response', 'The server sent an answer that could not be read.', response.status);
  }
}

export type UploadProgress = { loaded: number; total: number };
export type Upload = { result: Promise<CreateBatchResponse>; abort: () => void };

/** A file to send and the name to send it under (its path within a dropped folder). */
export type UploadFile = { file: File; name: string };

/** Sends every file in one multipart request, in order; `onProgress` follows the bytes sent. */
export function uploadBatch(files: readonly UploadFile[], options: UploadOptions, onProgress: (p: UploadProgress) => void): Upload {
  const form = new FormData();
  // Fields first, so the server knows them before the first file arrives.
  if (options.name?.trim()) form.append('name', options.name.trim());
  form.append('workflow', options.workflow);
  if (options.priority !== undefined) form.append('priority', String(options.priority));
  if (options.ocr) form.append('ocr', options.ocr);
  if (options.template) form.append('template', options.template);
  if (options.startAt) form.append('start_at', options.startAt);
  if (options.hold) form.append('hold', 'true');
  for (const { file, name } of files) form.append('files', file, name);

  const xhr = new XMLHttpRequest();
  const result = new Promise<CreateBatchResponse>((resolve, reject) => {
    xhr.upload.addEventListener('progress', (e) => {
      if (e.lengthComputable) onProgress({ loaded: e.loaded, total: e.total });
    });
    xhr.addEventListener('load', () => {
      signInAgainIfUnauthorized(xhr.status);
      if (xhr.status !== 201 && xhr.status !== 200) return reject(apiErrorFrom(xhr.status, xhr.responseText, xhr.getResponseHeader('retry-after')));
      try {
        resolve(JSON.parse(xhr.responseText) as CreateBatchResponse);
      } catch {
        reject(new ApiError('bad_response', 'The server sent an answer that could not be read.', xhr.status));
      }
    });
    xhr.addEventListener('error', () => reject(networkError()));
    xhr.addEventListener('abort', () => reject(new ApiError('aborted', 'Upload cancelled.')));
    xhr.open('POST', '/api/batches');
    xhr.setRequestHeader('accept', 'application/json');
    xhr.send(form);
  });
  return { result, abort: () => xhr.abort() };
}
