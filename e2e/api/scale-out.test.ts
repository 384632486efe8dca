// Scale-out on Postgres: two web nodes without workers and two worker-only processes share one
// database and one DATA_DIR. A batch uploaded to node A is processed by both workers, each job
// exactly once, and a Socket.IO client on node B sees every job's updates. A cancel through B stops
// jobs running in the workers. Then a worker is killed with SIGKILL in the middle of a batch, and
// the other one finishes it (lease expiry).
// Runs in `npm run test:integration:pg` (TEST_POSTGRES_URL); skipped with SQLite.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../lib/events';
import type { BatchDetail, JobSummary } from '../../lib/schemas/batch';
import type { HealthResponse } from '../../lib/schemas/health';
import type { QueueOverview } from '../../lib/schemas/queue';
import { getJson, uploadBatch, waitForBatch } from '../support/api';
import { testBackend, testDatabaseUrl } from '../support/database';
import { generatedCorpus, generatedDir, SHIPPED_PDFS } from '../support/pdfs';
import { makeDataDir, removeDataDir, startServer, startWorker, type TestServer, type TestWorker } from '../support/server';

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const skip = testBackend() === 'sqlite' ? 'needs Postgres: runs in npm run test:integration:pg' : false;

async function post(baseUrl: string, pathname: string): Promise<void> {
  const response = await fetch(`${baseUrl}${pathname}`, { method: 'POST' });
  assert.equal(response.status, 200, await response.text());
}

async function until<T>(what: string, timeoutMs: number, probe: () => Promise<T | null | undefined | false>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    assert.ok(Date.now() < deadline, `timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('two web nodes and two worker processes on one Postgres', { skip }, () => {
  let dataDir = '';
  let webA: TestServer;
  let webB: TestServer;
  const workers: TestWorker[] = [];
  let files: string[] = [];

  before(async () => {
    const corpus = await generatedCorpus();
    files = corpus.filter((e) => e.expect === 'ok' && e.pages !== null && e.pages <= 20).map((e) => path.join(generatedDir, e.file));
    dataDir = await makeDataDir();
    const databaseUrl = await testDatabaseUrl(dataDir);
    const web = { DATABASE_URL: databaseUrl, WORKER_CONCURRENCY: '0', LEASE_S: '5', JOB_TIMEOUT_S: '120' };
    // The web nodes one after the other (a first start may build the Next bundle, which two
    // processes must not do at once); the workers together, both running the migrations, one at
    // a time (advisory lock).
    webA = await startServer({ dataDir, env: web });
    webB = await startServer({ dataDir, env: web });
    workers.push(
      ...(await Promise.all(['worker-1', 'worker-2'].map((id) => startWorker({ dataDir, databaseUrl, env: { WORKER_ID: id, LEASE_S: '5', JOB_TIMEOUT_S: '120' } })))),
    );
  });
  after(async () => {
    await Promise.all(workers.map((w) => w.stop()));
    await Promise.all([webA?.stop(), webB?.stop()]);
    if (dataDir) await removeDataDir(dataDir);
  });

  test('a batch uploaded to node A is processed once per job by both workers, and node B streams its updates', async () => {
    const socket: ClientSocket = io(webB.url, { transports: ['websocket'] });
    try {
      await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
      const updates: JobSummary[] = [];
      socket.on('job:update', (job) => updates.push(job));
      const counts: QueueOverview[] = [];
      socket.on('queue:counts', (overview) => counts.push(overview));
      const queueAck = await socket.emitWithAck('queue:subscribe');
      assert.ok(queueAck.ok);

      // Paused while the client on B subscribes, so every job update comes after its snapshot.
      await post(webA.url, '/api/queue/pause');
      const batchFiles = files.slice(0, 12);
      const { status, body } = await uploadBatch(webA.url, batchFiles.map((file) => ({ path: file })));
      assert.equal(status, 201, JSON.stringify(body));
      const ack = await socket.emitWithAck('batch:subscribe', body.batch_id);
      assert.ok(ack.ok, 'node B knows the batch uploaded through node A');
      await post(webB.url, '/api/queue/resume');

      const batch = await waitForBatch(webB.url, body.batch_id, 120_000);
      assert.equal(batch.status, 'completed', JSON.stringify(batch.jobs.filter((j) => j.status !== 'completed')));
      for (const job of batch.jobs) assert.equal(job.attempts, 1, `${job.filename} ran exactly once`);
      const byWorker = new Set(batch.jobs.map((j) => j.worker_id));
      assert.deepEqual([...byWorker].sort(), ['worker-1', 'worker-2'], 'both workers took part');

      // Every job's completion reached the client on B, from the worker process that ran it.
      await until('every completion on node B', 10_000, async () => {
        const done = new Set(updates.filter((u) => u.status === 'completed').map((u) => u.job_id));
        return batch.jobs.every((j) => done.has(j.job_id));
      });
      assert.ok(updates.every((u) => u.batch_id === body.batch_id));
      // The worker processes push the queue's counts too: node B's client sees the batch's end.
      await until('the counts of the end on node B', 10_000, async () =>
        counts.some((o) => o.counts.completed >= queueAck.queue.counts.completed + batchFiles.length && o.counts.queued === 0 && o.counts.processing === 0),
      );
    } finally {
      socket.disconnect();
    }
  });

  test('cancelling through node B stops jobs running in the worker processes at once (NOTIFY), freeing them', async () => {
    // Two copies of a page that keeps the parser busy until the time limit (120 s): one per worker.
    const spinning = await readFile(path.join(generatedDir, 'spinning.pdf'));
    const copies = ['a', 'b'].map((tag) => ({ name: `spinning-${tag}.pdf`, content: Buffer.concat([spinning, Buffer.from(`\n%${tag}\n`)]) }));
    const { body } = await uploadBatch(webA.url, copies);
    await until('both workers busy with the spinning pages', 60_000, async () => {
      const { body: batch } = await getJson<BatchDetail>(webB.url, `/api/batches/${body.batch_id}`);
      return batch.jobs.every((j) => j.status === 'processing');
    });
    await post(webB.url, `/api/batches/${body.batch_id}/cancel`);

    // Were the threads still spinning, these would wait for the 120 s time limit.
    const next = await uploadBatch(webA.url, files.slice(0, 2).map((file) => ({ path: file })));
    const batch = await waitForBatch(webA.url, next.body.batch_id, 60_000);
    assert.equal(batch.status, 'completed');
    const cancelled = await getJson<BatchDetail>(webA.url, `/api/batches/${body.batch_id}`);
    assert.deepEqual(cancelled.body.jobs.map((j) => j.status), ['cancelled', 'cancelled']);
  });

  test('every node\'s health lists the worker processes of the cluster, though the web nodes run no thread', async () => {
    for (const node of [webA, webB]) {
      const { body } = await getJson<HealthResponse>(node.url, '/api/health');
      assert.equal(body.workers.concurrency, 0, 'the web node itself runs no thread');
      assert.deepEqual(
        body.cluster.workers.map((w) => w.worker_id),
        ['worker-1', 'worker-2'],
      );
      assert.deepEqual(
        body.cluster.workers.map((w) => w.pid),
        workers.map((w) => w.process.pid),
      );
      assert.equal(body.cluster.threads, body.cluster.workers.reduce((sum, w) => sum + w.threads, 0));
      assert.deepEqual(body.warnings, []);
    }
  });

  test('a worker killed with SIGKILL in the middle of a batch loses no job: the other one finishes it', async () => {
    const batchFiles = [...SHIPPED_PDFS, ...files.slice(12, 24)];
    const { status, body } = await uploadBatch(webB.url, batchFiles.map((file) => ({ path: file })));
    assert.equal(status, 201, JSON.stringify(body));
    // Wait until worker-1 is running a job, then kill it.
    const running = await until('a job running on worker-1', 60_000, async () => {
      const { body: batch } = await getJson<BatchDetail>(webA.url, `/api/batches/${body.batch_id}`);
      return batch.jobs.find((j) => j.status === 'processing' && j.worker_id === 'worker-1');
    });
    await workers[0].kill();

    const batch = await waitForBatch(webA.url, body.batch_id, 180_000);
    assert.equal(batch.status, 'completed', JSON.stringify(batch.jobs.filter((j) => j.status !== 'completed')));
    const interrupted = batch.jobs.find((j) => j.job_id === running.job_id);
    assert.equal(interrupted?.worker_id, 'worker-2', 'the interrupted job was finished by the surviving worker');
    assert.ok((interrupted?.attempts ?? 0) >= 2, 'it ran again after its lease expired');
    // The killed process said nothing more: LEASE_S (5 s) after its last report it is no longer listed.
    await until('the killed worker gone from the health of node B', 15_000, async () => {
      const { body: health } = await getJson<HealthResponse>(webB.url, '/api/health');
      return health.cluster.workers.map((w) => w.worker_id).join() === 'worker-2';
    });
  });
});
