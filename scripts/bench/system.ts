// A whole-system pass: the corpus uploaded to the real server as one batch, timed from the jobs'
// own start and finish times, with the server process's memory sampled throughout. HTTP only.
import { readFile } from 'node:fs/promises';
import { getJson, uploadBatch } from '../../e2e/support/api';
import type { BatchDetail, BatchListResponse } from '../../lib/schemas/batch';
import type { CorpusFile } from './corpus';
import { tagged } from './corpus';
import { cpuSeconds } from './cpu';
import { sampleRss } from './rss';
import type { PassResult } from './types';

const FINISHED = new Set(['completed', 'completed_with_errors', 'failed', 'cancelled']);
const POLL_MS = 500;

export type SystemPass = PassResult & { batchId: string; errors: string[] };

/** Polls the small batch list (not the batch with all its jobs, which costs the server more). */
export async function waitUntilFinished(url: string, batchId: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { body } = await getJson<BatchListResponse>(url, '/api/batches?limit=5');
    const batch = body.batches.find((b) => b.batch_id === batchId);
    if (batch && FINISHED.has(batch.status)) return;
    if (Date.now() > deadline) throw new Error(`batch ${batchId} still ${batch?.status ?? 'missing'} after ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/**
 * Uploads `files` as one batch of `workflow` and waits for it. Each upload gets its own trailing
 * comment (`tag`), so no two batches hold identical bytes.
 */
export async function runSystem(
  server: { url: string; pid: number },
  files: CorpusFile[],
  workflow: 'text_only' | 'full_extraction',
  tag: string,
  timeoutMs = 240_000,
): Promise<SystemPass> {
  const upload = await Promise.all(files.map(async (f) => ({ name: f.name, content: tagged(await readFile(f.path), tag) })));
  const pagesByName = new Map(files.map((f) => [f.name, f.pages]));
  const rss = sampleRss(server.pid);
  const uploadStart = Date.now();
  const { status, body } = await uploadBatch(server.url, upload, { workflow, name: `bench ${tag}` });
  if (status !== 201) throw new Error(`upload refused (${status}): ${JSON.stringify(body.error ?? body)}`);
  // The processing's CPU, from the batch's acceptance (the upload's own work is not in it) to its end.
  const cpuBefore = cpuSeconds(server.pid);
  await waitUntilFinished(server.url, body.batch_id, timeoutMs);
  const cpuAfter = cpuSeconds(server.pid);
  const peakRssMb = rss.stop();
  const { body: batch } = await getJson<BatchDetail>(server.url, `/api/batches/${body.batch_id}`);

  const done = batch.jobs.filter((j) => j.status === 'completed');
  const starts = batch.jobs.flatMap((j) => (j.started_at ? [Date.parse(j.started_at)] : []));
  const ends = batch.jobs.flatMap((j) => (j.finished_at ? [Date.parse(j.finished_at)] : []));
  const first = Math.min(...starts);
  const last = Math.max(...ends);
  const seconds = (last - first) / 1000;
  // Our own page counts (the same the bare pass counts), for the documents the server completed.
  const pages = done.reduce((sum, j) => sum + (pagesByName.get(j.filename) ?? j.pages ?? 0), 0);
  const failures = batch.jobs.filter((j) => j.status !== 'completed');
  return {
    mode: workflow,
    documents: batch.jobs.length,
    failed: failures.length,
    pages,
    seconds,
    pagesPerSecond: pages / seconds,
    wallSeconds: (last - uploadStart) / 1000,
    peakRssMb,
    cpuSeconds: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore,
    batchId: batch.batch_id,
    errors: failures.slice(0, 5).map((j) => `${j.filename}: ${j.status} ${j.error_type ?? ''} ${j.error ?? ''}`.trim()),
  };
}
