// Duplicate files in a batch (same SHA-256) against the real server: the copy is not run but takes
// its original's outcome, result included, and follows it through cancel and retry; DEDUPLICATE=false
// runs every copy. And the place of queued jobs in their batch's queue.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../lib/events';
import type { JobDetail } from '../../lib/jobs/get-job';
import type { BatchDetail, JobSummary } from '../../lib/schemas/batch';
import { getJson, uploadBatch, waitForBatch } from '../support/api';
import { makeTextPdf } from '../support/make-pdf';
import { generatedCorpus, generatedDir } from '../support/pdfs';
import { removeDataDir, startServer, type TestServer } from '../support/server';

const post = (url: string) => fetch(url, { method: 'POST' });
const byName = (batch: BatchDetail) => new Map<string, JobSummary>(batch.jobs.map((j) => [j.filename, j]));
const must = <T>(value: T | undefined, what: string): T => {
  assert.ok(value !== undefined, `${what} is missing`);
  return value;
};

describe('duplicates (DEDUPLICATE on, the default)', () => {
  let server: TestServer;
  let pdfA: Buffer;
  let pdfB: Buffer;
  let pdfC: Buffer;

  before(async () => {
    [pdfA, pdfB, pdfC] = await Promise.all([makeTextPdf(2, 'Doc A'), makeTextPdf(3, 'Doc B'), makeTextPdf(1, 'Doc C')]);
    await generatedCorpus();
    server = await startServer({ env: { WORKER_CONCURRENCY: '1' } });
  });
  after(async () => {
    await post(`${server.url}/api/queue/resume`);
    await server?.stop();
    await removeDataDir(server.dataDir);
  });

  test('a file uploaded twice runs once; the copy completes with its original and shows its result', async () => {
    const { status, body } = await uploadBatch(server.url, [
      { name: 'a.pdf', content: pdfA },
      { name: 'b.pdf', content: pdfB },
      { name: 'a-copy.pdf', content: pdfA },
    ]);
    assert.equal(status, 201, JSON.stringify(body));
    assert.match(body.message, /1 is a copy of an earlier file/);
    assert.equal(body.duplicates, 1);

    const batch = await waitForBatch(server.url, body.batch_id);
    assert.equal(batch.status, 'completed');
    assert.equal(batch.completed, 3);
    const jobs = byName(batch);
    const a = must(jobs.get('a.pdf'), 'a.pdf');
    const b = must(jobs.get('b.pdf'), 'b.pdf');
    const copy = must(jobs.get('a-copy.pdf'), 'a-copy.pdf');
    assert.deepEqual([a.attempts, b.attempts, copy.attempts], [1, 1, 0], 'two runs; the copy never ran');
    assert.deepEqual([a.duplicate_of, b.duplicate_of, copy.duplicate_of], [null, null, a.job_id]);
    assert.equal(copy.status, 'completed');
    assert.equal(copy.stage, a.stage);
    assert.equal(copy.progress, 100);
    assert.equal(copy.pages, 2);
    assert.equal(copy.finished_at, a.finished_at);
    assert.deepEqual(batch.jobs.map((j) => j.queue_position), [null, null, null], 'nothing is waiting any more');

    const { status: copyStatus, body: copyDetail } = await getJson<JobDetail>(server.url, `/api/jobs/${copy.job_id}`);
    const { body: original } = await getJson<JobDetail>(server.url, `/api/jobs/${a.job_id}`);
    assert.equal(copyStatus, 200);
    assert.equal(copyDetail.duplicate_of, a.job_id);
    assert.equal(copyDetail.queue_position, null);
    assert.ok(original.result, 'the original has a result');
    assert.deepEqual(copyDetail.result, original.result, "the copy's result is its original's");
    assert.equal((await fetch(`${server.url}/api/jobs/${copy.job_id}/result`)).status, 200, 'the result download works for a copy');
    const { body: rows } = await getJson<{ results: { filename: string; has_result: boolean; category: string | null }[] }>(
      server.url,
      `/api/batches/${body.batch_id}/results`,
    );
    assert.ok(Array.isArray(rows.results), JSON.stringify(rows));
    const [rowA, , rowCopy] = rows.results;
    assert.equal(rowCopy.has_result, true, 'the results table shows the copy with its original\'s result');
    assert.equal(rowCopy.category, rowA.category);
  });

  test('the copy taking its outcome is published as a job:update', async () => {
    const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(server.url, { transports: ['websocket'] });
    try {
      await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
      await post(`${server.url}/api/queue/pause`);
      const { body } = await uploadBatch(server.url, [
        { name: 'c.pdf', content: pdfC },
        { name: 'c-copy.pdf', content: pdfC },
      ]);
      const seen: JobSummary[] = [];
      const copyDone = new Promise<JobSummary>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no completed copy; got ${JSON.stringify(seen)}`)), 60_000);
        socket.on('job:update', (job) => {
          seen.push(job);
          if (job.filename === 'c-copy.pdf' && job.status === 'completed') {
            clearTimeout(timer);
            resolve(job);
          }
        });
      });
      const snapshot = await socket.emitWithAck('batch:subscribe', body.batch_id);
      assert.ok(snapshot.ok);
      assert.deepEqual(snapshot.batch.jobs.map((j) => j.queue_position), [1, null], 'the snapshot carries the places');
      await post(`${server.url}/api/queue/resume`);
      const copy = await copyDone;
      assert.equal(copy.duplicate_of, snapshot.batch.jobs[0].job_id);
      assert.equal(copy.pages, 1);
    } finally {
      socket.disconnect();
    }
  });

  test('queued jobs know their place in the batch queue; a copy has none', async () => {
    assert.equal((await post(`${server.url}/api/queue/pause`)).status, 200);
    const { body } = await uploadBatch(server.url, [
      { name: 'a.pdf', content: pdfA },
      { name: 'b.pdf', content: pdfB },
      { name: 'a-copy.pdf', content: pdfA },
      { name: 'c.pdf', content: pdfC },
    ]);
    const { body: waiting } = await getJson<BatchDetail>(server.url, `/api/batches/${body.batch_id}`);
    assert.deepEqual(waiting.jobs.map((j) => [j.filename, j.status, j.queue_position]), [
      ['a.pdf', 'queued', 1],
      ['b.pdf', 'queued', 2],
      ['a-copy.pdf', 'queued', null],
      ['c.pdf', 'queued', 3],
    ]);
    const c = must(byName(waiting).get('c.pdf'), 'c.pdf');
    assert.equal((await getJson<JobDetail>(server.url, `/api/jobs/${c.job_id}`)).body.queue_position, 3);
    const filtered = await getJson<{ jobs: JobSummary[] }>(server.url, `/api/batches/${body.batch_id}/jobs?status=queued`);
    assert.deepEqual(filtered.body.jobs.map((j) => j.queue_position), [1, 2, null, 3], 'a filtered list keeps the places');

    // Cancelling b moves c up.
    const b = must(byName(waiting).get('b.pdf'), 'b.pdf');
    assert.equal((await post(`${server.url}/api/jobs/${b.job_id}/cancel`)).status, 200);
    const { body: fewer } = await getJson<BatchDetail>(server.url, `/api/batches/${body.batch_id}`);
    assert.deepEqual(fewer.jobs.map((j) => j.queue_position), [1, null, null, 2]);

    assert.equal((await post(`${server.url}/api/queue/resume`)).status, 200);
    const done = await waitForBatch(server.url, body.batch_id);
    assert.equal(done.status, 'completed_with_errors');
    assert.deepEqual(done.jobs.map((j) => [j.filename, j.status, j.queue_position]), [
      ['a.pdf', 'completed', null],
      ['b.pdf', 'cancelled', null],
      ['a-copy.pdf', 'completed', null],
      ['c.pdf', 'completed', null],
    ]);
  });

  test('cancel and retry on a copy act on its original, and the copy follows', async () => {
    await post(`${server.url}/api/queue/pause`);
    const { body } = await uploadBatch(server.url, [
      { name: 'a.pdf', content: pdfA },
      { name: 'a-copy.pdf', content: pdfA },
    ]);
    const { body: waiting } = await getJson<BatchDetail>(server.url, `/api/batches/${body.batch_id}`);
    const [a, copy] = waiting.jobs;
    assert.equal(copy.duplicate_of, a.job_id);

    const cancelled = await post(`${server.url}/api/jobs/${copy.job_id}/cancel`);
    assert.equal(cancelled.status, 200);
    assert.equal(((await cancelled.json()) as JobDetail).status, 'cancelled');
    const { body: stopped } = await getJson<BatchDetail>(server.url, `/api/batches/${body.batch_id}`);
    assert.deepEqual(stopped.jobs.map((j) => j.status), ['cancelled', 'cancelled'], 'the original is cancelled with its copy');
    assert.equal(stopped.status, 'cancelled');

    const retried = await post(`${server.url}/api/jobs/${copy.job_id}/retry`);
    assert.equal(retried.status, 200);
    const { body: again } = await getJson<BatchDetail>(server.url, `/api/batches/${body.batch_id}`);
    assert.deepEqual(again.jobs.map((j) => [j.status, j.queue_position]), [['queued', 1], ['queued', null]]);

    await post(`${server.url}/api/queue/resume`);
    const done = await waitForBatch(server.url, body.batch_id);
    assert.equal(done.status, 'completed');
    assert.deepEqual(done.jobs.map((j) => [j.status, j.attempts]), [['completed', 1], ['completed', 0]]);
    assert.equal((await post(`${server.url}/api/jobs/${copy.job_id}/retry`)).status, 409, 'a completed copy is not retried');
  });

  test('a copy of a file that fails fails the same way; retrying the copy runs the original again', async () => {
    const broken = path.join(generatedDir, 'truncated.pdf');
    const { body } = await uploadBatch(server.url, [
      { path: broken, name: 'broken.pdf' },
      { path: broken, name: 'broken-copy.pdf' },
    ]);
    const failed = await waitForBatch(server.url, body.batch_id);
    assert.equal(failed.status, 'failed');
    const [original, copy] = failed.jobs;
    assert.equal(copy.duplicate_of, original.job_id);
    assert.deepEqual(
      [copy.status, copy.stage, copy.error, copy.error_type, copy.finished_at, copy.attempts],
      [original.status, original.stage, original.error, original.error_type, original.finished_at, 0],
    );
    assert.equal(original.error_type, 'processing_error');

    assert.equal((await post(`${server.url}/api/jobs/${copy.job_id}/retry`)).status, 200);
    const deadline = Date.now() + 60_000;
    for (;;) {
      const { body: batch } = await getJson<BatchDetail>(server.url, `/api/batches/${body.batch_id}`);
      if (batch.status === 'failed' && batch.jobs[0].attempts === 2) {
        assert.deepEqual(batch.jobs.map((j) => [j.status, j.attempts]), [['failed', 2], ['failed', 0]]);
        break;
      }
      assert.ok(Date.now() < deadline, `the original runs again: ${JSON.stringify(batch.jobs)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  });
});

describe('duplicates with DEDUPLICATE=false', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer({ env: { DEDUPLICATE: 'false' } });
  });
  after(async () => {
    await server?.stop();
    await removeDataDir(server.dataDir);
  });

  test('every copy is processed', async () => {
    const pdf = await makeTextPdf(2, 'Same twice');
    const { body } = await uploadBatch(server.url, [
      { name: 'one.pdf', content: pdf },
      { name: 'two.pdf', content: pdf },
    ]);
    assert.doesNotMatch(body.message, /copy/);
    const batch = await waitForBatch(server.url, body.batch_id);
    assert.equal(batch.status, 'completed');
    assert.deepEqual(batch.jobs.map((j) => [j.duplicate_of, j.attempts]), [[null, 1], [null, 1]]);
  });
});
