// Control of the queue against the real server: pause and resume, cancel (and how fast), retry
// counting attempts, priorities, rename, delete leaving nothing behind.
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { JobDetail } from '../../lib/jobs/get-job';
import type { BatchDetail, BatchSummary } from '../../lib/schemas/batch';
import type { HealthResponse } from '../../lib/schemas/health';
import type { QueueOverview } from '../../lib/schemas/queue';
import { getJson, uploadBatch, waitForBatch } from '../support/api';
import { makeTextPdf } from '../support/make-pdf';
import { SHIPPED_PDFS } from '../support/pdfs';
import { removeDataDir, startServer, type TestServer } from '../support/server';

const post = (url: string) => fetch(url, { method: 'POST' });

describe('queue control', () => {
  let server: TestServer;
  let longPdf: Buffer;
  let shortPdf: Buffer;

  before(async () => {
    [longPdf, shortPdf] = await Promise.all([makeTextPdf(400), makeTextPdf(2)]);
    // The same bytes are uploaded more than once per batch here: every copy must run on its own.
    server = await startServer({ env: { WORKER_CONCURRENCY: '1', DEDUPLICATE: 'false' } });
  });
  after(async () => {
    await post(`${server.url}/api/queue/resume`);
    await server?.stop();
    await removeDataDir(server.dataDir);
  });

  test('while paused nothing is claimed; resume starts the work', async () => {
    assert.equal((await post(`${server.url}/api/queue/pause`)).status, 200);
    const { body } = await uploadBatch(server.url, [{ name: 'a.pdf', content: shortPdf }]);
    await new Promise((r) => setTimeout(r, 1500));
    const health = await getJson<HealthResponse>(server.url, '/api/health');
    assert.equal(health.body.queue.paused, true);
    const waiting = await getJson<BatchDetail>(server.url, `/api/batches/${body.batch_id}`);
    assert.equal(waiting.body.status, 'queued');
    assert.equal(waiting.body.jobs[0].attempts, 0);
    const queue = await getJson<QueueOverview>(server.url, '/api/queue');
    assert.equal(queue.body.paused, true);
    assert.deepEqual(queue.body.counts, { queued: 1, processing: 0, completed: 0, failed: 0, cancelled: 0 });

    assert.equal((await post(`${server.url}/api/queue/resume`)).status, 200);
    const done = await waitForBatch(server.url, body.batch_id);
    assert.equal(done.status, 'completed');
    const resumed = await getJson<QueueOverview>(server.url, '/api/queue');
    assert.equal(resumed.body.paused, false);
    assert.deepEqual(resumed.body.counts, { queued: 0, processing: 0, completed: 1, failed: 0, cancelled: 0 });
  });

  test('higher priority runs first; equal priorities take turns', async () => {
    await post(`${server.url}/api/queue/pause`);
    const big = await uploadBatch(server.url, [1, 2, 3].map((i) => ({ name: `big-${i}.pdf`, content: shortPdf })), { name: 'big' });
    const small = await uploadBatch(server.url, [{ name: 'small.pdf', content: shortPdf }], { name: 'small' });
    const urgent = await uploadBatch(server.url, [{ name: 'urgent.pdf', content: shortPdf }], { name: 'urgent', priority: '5' });
    await post(`${server.url}/api/queue/resume`);
    const batches = await Promise.all([big, small, urgent].map((b) => waitForBatch(server.url, b.body.batch_id)));
    const started = batches
      .flatMap((b) => b.jobs)
      .sort((x, y) => Date.parse(x.started_at!) - Date.parse(y.started_at!))
      .map((j) => j.filename);
    assert.equal(started[0], 'urgent.pdf', `order: ${started}`);
    assert.ok(started.indexOf('small.pdf') < started.indexOf('big-3.pdf'), `small is not starved behind big: ${started}`);
  });

  test('cancel stops the running job and cancels the queued ones at once; retry runs them again', async () => {
    const { body } = await uploadBatch(server.url, [
      { name: 'long.pdf', content: longPdf },
      { name: 'next.pdf', content: shortPdf },
    ]);
    const deadline = Date.now() + 30_000;
    while ((await getJson<BatchDetail>(server.url, `/api/batches/${body.batch_id}`)).body.jobs[0].status !== 'processing') {
      assert.ok(Date.now() < deadline, 'the long job starts');
      await new Promise((r) => setTimeout(r, 50));
    }
    const t0 = performance.now();
    const cancel = await post(`${server.url}/api/batches/${body.batch_id}/cancel`);
    const cancelMs = performance.now() - t0;
    assert.equal(cancel.status, 200);
    assert.equal(((await cancel.json()) as BatchSummary).status, 'cancelled');
    const after = await getJson<BatchDetail>(server.url, `/api/batches/${body.batch_id}`);
    assert.equal(after.body.status, 'cancelled');
    assert.deepEqual(after.body.jobs.map((j) => j.status), ['cancelled', 'cancelled']);
    assert.ok(cancelMs < 1000, `cancel answered in ${cancelMs} ms`);
    console.log(`# cancel latency: ${cancelMs.toFixed(0)} ms`);
    // The worker is free again at once: the thread running long.pdf was ended, not waited for.
    const health = await getJson<HealthResponse>(server.url, '/api/health');
    assert.equal(health.body.queue.processing, 0);

    const again = await post(`${server.url}/api/batches/${body.batch_id}/cancel`);
    assert.equal(again.status, 409, 'a cancelled batch has ended: nothing is cancelled again');

    assert.equal((await post(`${server.url}/api/batches/${body.batch_id}/retry`)).status, 200);
    const done = await waitForBatch(server.url, body.batch_id, 120_000);
    assert.equal(done.status, 'completed');
    assert.deepEqual(done.jobs.map((j) => j.attempts), [2, 1], 'attempts count every run');

    const nothing = await post(`${server.url}/api/batches/${body.batch_id}/retry`);
    assert.equal(nothing.status, 409);
    assert.equal(((await nothing.json()) as { error: { code: string } }).error.code, 'conflict');
  });

  test('one job can be cancelled and retried on its own', async () => {
    await post(`${server.url}/api/queue/pause`);
    const { body } = await uploadBatch(server.url, [
      { name: 'one.pdf', content: shortPdf },
      { name: 'two.pdf', content: shortPdf },
    ]);
    const { body: batch } = await getJson<BatchDetail>(server.url, `/api/batches/${body.batch_id}`);
    const cancelled = await post(`${server.url}/api/jobs/${batch.jobs[0].job_id}/cancel`);
    assert.equal(cancelled.status, 200);
    assert.equal(((await cancelled.json()) as JobDetail).status, 'cancelled');
    await post(`${server.url}/api/queue/resume`);
    const ended = await waitForBatch(server.url, body.batch_id);
    assert.equal(ended.status, 'completed_with_errors');

    assert.equal((await post(`${server.url}/api/jobs/${batch.jobs[1].job_id}/retry`)).status, 409, 'a completed job is not retried');
    assert.equal((await post(`${server.url}/api/jobs/${batch.jobs[0].job_id}/retry`)).status, 200);
    const done = await waitForBatch(server.url, body.batch_id);
    assert.equal(done.status, 'completed');
    assert.equal((await post(`${server.url}/api/jobs/nope/retry`)).status, 404);
  });

  test('rename and reprioritise; bad changes are refused', async () => {
    const { body } = await uploadBatch(server.url, [{ name: 'x.pdf', content: shortPdf }], { name: 'before' });
    const patch = (payload: string) =>
      fetch(`${server.url}/api/batches/${body.batch_id}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: payload });
    const ok = await patch('{"name":"after","priority":7}');
    assert.equal(ok.status, 200);
    const summary = (await ok.json()) as BatchSummary;
    assert.equal(summary.name, 'after');
    assert.equal(summary.priority, 7);
    assert.equal((await patch('{"priority":"high"}')).status, 400);
    assert.equal((await patch('not json')).status, 400);
    assert.equal((await patch('{"status":"completed"}')).status, 400);
  });

  test('delete removes the batch, its jobs, results and files, also while it runs', async () => {
    const files = [{ name: 'long.pdf', content: longPdf }, ...SHIPPED_PDFS.map((p) => ({ path: p }))];
    const { body } = await uploadBatch(server.url, files);
    const stored = path.join(server.dataDir, 'uploads', body.batch_id);
    assert.equal((await readdir(stored)).length, files.length);
    const { body: batch } = await getJson<BatchDetail>(server.url, `/api/batches/${body.batch_id}`);

    const res = await fetch(`${server.url}/api/batches/${body.batch_id}`, { method: 'DELETE' });
    assert.equal(res.status, 204);
    assert.equal((await getJson(server.url, `/api/batches/${body.batch_id}`)).status, 404);
    assert.equal((await getJson(server.url, `/api/jobs/${batch.jobs[0].job_id}`)).status, 404);
    await assert.rejects(readdir(stored), /ENOENT/);
    assert.equal((await fetch(`${server.url}/api/batches/${body.batch_id}`, { method: 'DELETE' })).status, 404);

    // The worker is not stuck on the deleted job.
    const next = await uploadBatch(server.url, [{ name: 'after-delete.pdf', content: shortPdf }]);
    assert.equal((await waitForBatch(server.url, next.body.batch_id)).status, 'completed');
  });
});
