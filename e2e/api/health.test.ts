// GET /api/health from the real server: its shape when all is well (database latency, disk of
// DATA_DIR, worker threads and this process's WORKER_ID, the cluster's workers, queue, version,
// uptime); a warning when jobs wait and no worker runs anywhere; 503 `degraded`
// when free disk is below MIN_FREE_DISK_MB; 503 `down` when the database is destroyed under the
// running server (SQLite: its file overwritten in place, as a failing disk or a stray process
// would; Postgres: the database dropped, its connections terminated).
import assert from 'node:assert/strict';
import os from 'node:os';
import { after, before, describe, test } from 'node:test';
import { version } from '../../lib/version';
import { noWorkerWarning } from '../../lib/client/queue-warning';
import { healthResponseSchema, type HealthResponse } from '../../lib/schemas/health';
import type { QueueOverview } from '../../lib/schemas/queue';
import { getJson, uploadBatch } from '../support/api';
import { destroyTestDatabase, testBackend } from '../support/database';
import { makeTextPdf } from '../support/make-pdf';
import { removeDataDir, startServer, type TestServer } from '../support/server';

/** Parses with the schema and checks nothing was dropped: zod strips keys a schema does not know. */
function described(value: unknown): HealthResponse {
  const parsed = healthResponseSchema.parse(value);
  assert.deepEqual(parsed, value);
  return parsed;
}

describe('health of a working server', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer({ env: { WORKER_ID: 'health-node' } });
  });
  after(async () => {
    await server?.stop();
    if (server) await removeDataDir(server.dataDir);
  });

  test('200 ok: database with its latency, disk, workers, queue, version, uptime', async () => {
    const { status, body } = await getJson<unknown>(server.url, '/api/health');
    assert.equal(status, 200);
    const health = described(body);
    assert.equal(health.status, 'ok');
    assert.deepEqual(health.reasons, []);
    assert.equal(health.database.ok, true);
    assert.equal(health.database.provider, testBackend());
    assert.equal(health.database.error, null);
    assert.ok(typeof health.database.latency_ms === 'number' && health.database.latency_ms >= 0);
    assert.equal(health.disk.ok, true);
    assert.ok((health.disk.free_bytes ?? 0) > health.disk.min_free_bytes);
    assert.ok((health.disk.total_bytes ?? 0) >= (health.disk.free_bytes ?? 0));
    assert.equal(health.disk.min_free_bytes, 100 * 1024 * 1024);
    assert.deepEqual({ ...health.queue }, { queued: 0, processing: 0, paused: false });
    assert.equal(health.workers.worker_id, 'health-node');
    assert.equal(health.workers.concurrency, 2);
    assert.equal(health.workers.busy, 0);
    // The worker registry: this process, as every node of a cluster sees it.
    assert.deepEqual(
      health.cluster.workers.map((w) => [w.worker_id, w.host, w.pid, w.threads]),
      [['health-node', os.hostname(), server.process.pid, 2]],
    );
    assert.equal(health.cluster.threads, 2);
    assert.deepEqual(health.warnings, []);
    assert.deepEqual((await getJson<QueueOverview>(server.url, '/api/queue')).body.workers, { processes: 1, threads: 2 }, 'the Queue card knows it too');
    assert.equal(health.version, version);
    assert.ok(health.uptime_s >= 0);
  });

  test('the worker threads start with the first document and are ready once they have loaded pdf.js', async () => {
    const before = described((await getJson<unknown>(server.url, '/api/health')).body);
    assert.equal(before.workers.ready, 0, 'no thread holds pdf.js before there is a document');
    const { status, body } = await uploadBatch(server.url, [{ name: 'one.pdf', content: await makeTextPdf(1) }]);
    assert.equal(status, 201);
    const deadline = Date.now() + 60_000;
    let health: HealthResponse;
    do {
      health = described((await getJson<unknown>(server.url, '/api/health')).body);
      const { body: batch } = await getJson<{ status: string }>(server.url, `/api/batches/${body.batch_id}`);
      if (batch.status === 'completed' && health.workers.busy === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    } while (Date.now() < deadline);
    assert.equal(health.workers.ready, 1, 'one document started one thread');
    assert.equal(health.workers.concurrency, 2);
  });
});

describe('health of a web node with no worker anywhere', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer({ env: { WORKER_CONCURRENCY: '0' } });
  });
  after(async () => {
    await server?.stop();
    if (server) await removeDataDir(server.dataDir);
  });

  test('jobs waiting with no worker running are a warning, not an unhealthy node; paused, nothing to say', async () => {
    assert.equal((await uploadBatch(server.url, [{ name: 'waits.pdf', content: await makeTextPdf(1) }])).status, 201);
    const { status, body } = await getJson<unknown>(server.url, '/api/health');
    assert.equal(status, 200);
    const health = described(body);
    assert.equal(health.status, 'ok');
    assert.deepEqual(health.cluster, { workers: [], threads: 0 });
    assert.deepEqual(health.warnings, ['No worker is running: 1 queued job waits until one starts (npm start with WORKER_CONCURRENCY > 0, or npm run worker).']);
    const queue = (await getJson<QueueOverview>(server.url, '/api/queue')).body;
    assert.equal(noWorkerWarning(queue), 'No worker is running: queued files wait until one starts.', 'the Queue card says so too');

    await fetch(`${server.url}/api/queue/pause`, { method: 'POST' });
    assert.deepEqual(described((await getJson<unknown>(server.url, '/api/health')).body).warnings, []);
  });
});

describe('health when the disk is short, then the database is gone', () => {
  let server: TestServer;
  before(async () => {
    // No disk has a petabyte free: the threshold is above what DATA_DIR has.
    server = await startServer({ env: { MIN_FREE_DISK_MB: '1000000000', WORKER_CONCURRENCY: '0' } });
  });
  after(async () => {
    // The database is junk now; a crash-like stop is the honest end.
    await server?.kill();
    if (server) await removeDataDir(server.dataDir);
  });

  test('503 degraded: free disk below MIN_FREE_DISK_MB, with the reason', async () => {
    const { status, body } = await getJson<unknown>(server.url, '/api/health');
    assert.equal(status, 503);
    const health = described(body);
    assert.equal(health.status, 'degraded');
    assert.equal(health.database.ok, true);
    assert.equal(health.disk.ok, false);
    assert.equal(health.disk.min_free_bytes, 1_000_000_000 * 1024 * 1024);
    assert.equal(health.reasons.length, 1);
    assert.match(health.reasons[0], /below the 1000000000 MB minimum \(MIN_FREE_DISK_MB\)/);
  });

  test('503 down: the database destroyed under the running server, with the reason', async () => {
    await destroyTestDatabase(server.dataDir);
    const { status, body } = await getJson<unknown>(server.url, '/api/health');
    assert.equal(status, 503);
    const health = described(body);
    assert.equal(health.status, 'down');
    assert.equal(health.database.ok, false);
    assert.equal(health.database.latency_ms, null);
    assert.match(health.database.error ?? '', /not a database|malformed|does not exist|terminat|connection/i);
    assert.match(health.reasons[0], /^The database cannot be read: /);
    assert.equal(health.reasons.length, 2, 'the disk is still short too');
    // The failure is in the log as well, and /metrics says the database is down.
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    assert.match(metrics, /^pdf_batch_database_up 0$/m);
    assert.match(server.output(), /health check: the database cannot be read/);
  });
});
