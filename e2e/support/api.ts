// Small helpers to talk to a test server over HTTP, as any client would.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BatchDetail, CreateBatchResponse } from '../../lib/schemas/batch';

export type UploadFile = { path: string; name?: string } | { name: string; content: Buffer | string };

export async function uploadBatch(
  baseUrl: string,
  files: UploadFile[],
  fields: Record<string, string> = {},
): Promise<{ status: number; body: CreateBatchResponse & { error?: { code: string; message: string } } }> {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  for (const file of files) {
    const content = 'path' in file ? await readFile(file.path) : Buffer.from(file.content);
    const name = 'path' in file ? (file.name ?? path.basename(file.path)) : file.name;
    form.append('files', new Blob([new Uint8Array(content)], { type: 'application/pdf' }), name);
  }
  const response = await fetch(`${baseUrl}/api/batches`, { method: 'POST', body: form });
  return { status: response.status, body: await response.json() };
}

export async function getJson<T>(baseUrl: string, pathname: string): Promise<{ status: number; body: T }> {
  const response = await fetch(`${baseUrl}${pathname}`);
  return { status: response.status, body: (await response.json()) as T };
}

const FINISHED = new Set(['completed', 'completed_with_errors', 'failed', 'cancelled']);

/** Polls the batch until it reaches an end status (or the time runs out). */
export async function waitForBatch(baseUrl: string, batchId: string, timeoutMs = 60_000): Promise<BatchDetail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { body } = await getJson<BatchDetail>(baseUrl, `/api/batches/${batchId}`);
    if (FINISHED.has(body.status)) return body;
    if (Date.now() > deadline) throw new Error(`batch ${batchId} still ${body.status} after ${timeoutMs} ms: ${JSON.stringify(body)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
