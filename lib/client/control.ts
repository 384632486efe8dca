// The browser's calls that change things: queue pause and resume, and cancel, retry, reprioritise
// and delete a batch or a job. Failures are thrown as ApiError carrying the server's message.
import type { JobDetail } from '@/lib/jobs/get-job';
import type { BatchSummary } from '@/lib/schemas/batch';
import type { QueueOverview } from '@/lib/schemas/queue';
import type { QueueStatePayload } from '@/lib/events';
import { ApiError, apiErrorFrom, networkError } from './api-error';
import { fetchSignedIn } from './session-ended';

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

async function send<T>(method: Method, path: string, body?: unknown, signal?: AbortSignal): Promise<T | null> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetchSignedIn(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw networkError();
  }
  const text = await response.text();
  if (!response.ok) throw apiErrorFrom(response.status, text, response.headers.get('retry-after'));
  if (response.status === 204 || text === '') return null;
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new ApiError('bad_response', 'The server sent an answer that could not be read.', response.status);
  }
}

async function sendExpecting<T>(method: Method, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  const answer = await send<T>(method, path, body, signal);
  if (answer === null) throw new ApiError('bad_response', 'The server sent an empty answer.');
  return answer;
}

const batchPath = (batchId: string) => `/api/batches/${encodeURIComponent(batchId)}`;
const jobPath = (jobId: string) => `/api/jobs/${encodeURIComponent(jobId)}`;

export const getQueue = (signal?: AbortSignal) => sendExpecting<QueueOverview>('GET', '/api/queue', undefined, signal);
export const pauseQueue = () => sendExpecting<QueueStatePayload>('POST', '/api/queue/pause');
export const resumeQueue = () => sendExpecting<QueueStatePayload>('POST', '/api/queue/resume');

export const cancelBatch = (batchId: string) => sendExpecting<BatchSummary>('POST', `${batchPath(batchId)}/cancel`);
export const retryBatch = (batchId: string) => sendExpecting<BatchSummary>('POST', `${batchPath(batchId)}/retry`);
/** A held or scheduled batch starts now. */
export const releaseBatch = (batchId: string) => sendExpecting<BatchSummary>('POST', `${batchPath(batchId)}/release`);
export const setBatchPriority = (batchId: string, priority: number) =>
  sendExpecting<BatchSummary>('PATCH', batchPath(batchId), { priority });
export const deleteBatch = async (batchId: string): Promise<void> => {
  await send<never>('DELETE', batchPath(batchId));
};

export const cancelJob = (jobId: string) => sendExpecting<JobDetail>('POST', `${jobPath(jobId)}/cancel`);
export const retryJob = (jobId: string) => sendExpecting<JobDetail>('POST', `${jobPath(jobId)}/retry`);

/** The batch's ZIP export (every document), for a plain download link. */
export const exportUrl = (batchId: string) => `${batchPath(batchId)}/export`;
