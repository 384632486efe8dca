// The browser's typed client for the REST API: JSON reads with fetch, the upload with XHR
// (fetch cannot report upload progress). Failures are thrown as ApiError.
import type { BatchDetail, BatchListResponse, CreateBatchResponse, Workflow } from '@/lib/schemas/batch';
import type { LimitsResponse } from '@/lib/schemas/limits';
import { ApiError, apiErrorFrom, networkError } from './api-error';

async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { headers: { accept: 'application/json' }, cache: 'no-store', signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw networkError();
  }
  const text = await response.text();
  if (!response.ok) throw apiErrorFrom(response.status, text);
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new ApiError('bad_response', 'The server sent an answer that could not be read.', response.status);
  }
}

export function getBatch(batchId: string, signal?: AbortSignal): Promise<BatchDetail> {
  return getJson<BatchDetail>(`/api/batches/${encodeURIComponent(batchId)}`, signal);
}

export function listBatches(query: { limit: number; cursor?: string | null }, signal?: AbortSignal): Promise<BatchListResponse> {
  const params = new URLSearchParams({ limit: String(query.limit) });
  if (query.cursor) params.set('cursor', query.cursor);
  return getJson<BatchListResponse>(`/api/batches?${params}`, signal);
}

export function getLimits(signal?: AbortSignal): Promise<LimitsResponse> {
  return getJson<LimitsResponse>('/api/limits', signal);
}

export type UploadOptions = { name?: string; workflow: Workflow; priority?: number };

/** A batch of the sample PDFs that ship with the app, with the chosen options. */
export async function createDemoBatch(options: UploadOptions): Promise<CreateBatchResponse> {
  let response: Response;
  try {
    response = await fetch('/api/batches/demo', {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: JSON.stringify({ name: options.name?.trim() || undefined, workflow: options.workflow, priority: options.priority }),
    });
  } catch {
    throw networkError();
  }
  const text = await response.text();
  if (!response.ok) throw apiErrorFrom(response.status, text);
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
  for (const { file, name } of files) form.append('files', file, name);

  const xhr = new XMLHttpRequest();
  const result = new Promise<CreateBatchResponse>((resolve, reject) => {
    xhr.upload.addEventListener('progress', (e) => {
      if (e.lengthComputable) onProgress({ loaded: e.loaded, total: e.total });
    });
    xhr.addEventListener('load', () => {
      if (xhr.status !== 201 && xhr.status !== 200) return reject(apiErrorFrom(xhr.status, xhr.responseText));
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
