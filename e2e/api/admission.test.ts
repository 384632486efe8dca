// The door of the upload endpoints against the real server: a client over RATE_LIMIT_UPLOADS gets
// 429 with Retry-After (a made-up X-Forwarded-For does not help), a queue over MAX_QUEUED_JOBS
// or a disk that would go under MIN_FREE_DISK_MB gives 503 with Retry-After, and none of them
// stores anything. Reading is never limited.
import assert from 'node:assert/strict';
import { statfs } from 'node:fs/promises';
import os from 'node:os';
import { after, before, describe, test } from 'node:test';
import type { BatchListResponse } from '../../lib/schemas/batch';
import { getJson, uploadBatch } from '../support/api';
import { hostileCorpus } from '../support/pdfs';
import { BOUNDARY, multipartBody, rawPost, storedFiles } from '../support/raw-upload';
import { removeDataDir, startServer, type TestServer } from '../support/server';

type ErrorBody = { error: { code: string; message: string } };

const plainFile = async () => (await hostileCorpus()).find((c) => c.file === 'plain.pdf')!.path;

async function stopAll(servers: (TestServer | undefined)[]) {
  for (const server of servers) {
    await server?.stop();
    if (server) await removeDataDir(server.dataDir);
  }
}

describe('upload rate limit', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer({ env: { RATE_LIMIT_UPLOADS: '3', RATE_LIMIT_WINDOW_S: '600' } });
  });
  after(() => stopAll([server]));

  test('past RATE_LIMIT_UPLOADS a client gets 429 with Retry-After on every upload endpoint', async () => {
    const pdf = await plainFile();
    for (let i = 0; i < 3; i++) assert.equal((await uploadBatch(server.url, [{ path: pdf }])).status, 201);
    const before = await storedFiles(server.dataDir);

    const refused = await fetch(`${server.url}/api/batches`, { method: 'POST', body: new FormData() });
    assert.equal(refused.status, 429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    assert.ok(retryAfter >= 1 && retryAfter <= 600, `Retry-After ${retryAfter}`);
    const error = ((await refused.json()) as ErrorBody).error;
    assert.equal(error.code, 'rate_limited');
    assert.match(error.message, /at most 3 every 600 s.*RATE_LIMIT_UPLOADS.*Try again in \d+ s/);

    const spoofed = await fetch(`${server.url}/api/batches`, { method: 'POST', body: new FormData(), headers: { 'x-forwarded-for': '203.0.113.9' } });
    assert.equal(spoofed.status, 429, 'X-Forwarded-For is not trusted without TRUST_PROXY');
    assert.equal((await fetch(`${server.url}/api/batches/demo`, { method: 'POST' })).status, 429);
    const document = new FormData();
    document.append('file', new Blob([new Uint8Array(Buffer.from('%PDF-1.4'))]), 'a.pdf');
    assert.equal((await fetch(`${server.url}/api/documents`, { method: 'POST', body: document })).status, 429);

    assert.equal((await getJson<BatchListResponse>(server.url, '/api/batches')).body.total, 3, 'reading is not limited');
    assert.deepEqual(await storedFiles(server.dataDir), before, 'a refused upload stores nothing');
  });
});

describe('backpressure', () => {
  let queue: TestServer;
  let disk: TestServer;
  let freeMb: number;
  before(async () => {
    const fs = await statfs(os.tmpdir()); // where startServer puts each DATA_DIR
    freeMb = Math.floor((fs.bavail * fs.bsize) / 1024 / 1024);
    // One after the other: a first start may build the bundle, and two builds at once collide.
    // No worker threads, so jobs stay queued; the disk threshold 1 GB under what is free now.
    queue = await startServer({ env: { WORKER_CONCURRENCY: '0', MAX_QUEUED_JOBS: '3', MIN_FREE_DISK_MB: String(Math.max(1, freeMb - 1024)), MAX_BATCH_MB: '1048576' } });
    disk = await startServer({ env: { MIN_FREE_DISK_MB: '100000000' } });
  });
  after(() => stopAll([queue, disk]));

  test('past MAX_QUEUED_JOBS new uploads get 503 with Retry-After until the queue shrinks', async () => {
    const pdf = await plainFile();
    const first = await uploadBatch(queue.url, [{ path: pdf }, { path: pdf }, { path: pdf }], { name: 'fills the queue' });
    assert.equal(first.status, 201);
    const before = await storedFiles(queue.dataDir);

    const refused = await uploadBatch(queue.url, [{ path: pdf }]);
    assert.equal(refused.status, 503);
    assert.equal(refused.body.error?.code, 'unavailable');
    assert.match(refused.body.error?.message ?? '', /busy: 3 documents are waiting.*MAX_QUEUED_JOBS/);
    const demo = await fetch(`${queue.url}/api/batches/demo`, { method: 'POST' });
    assert.equal(demo.status, 503);
    assert.ok(Number(demo.headers.get('retry-after')) > 0);
    assert.deepEqual(await storedFiles(queue.dataDir), before);

    assert.equal((await fetch(`${queue.url}/api/batches/${first.body.batch_id}/cancel`, { method: 'POST' })).status, 200);
    assert.equal((await uploadBatch(queue.url, [{ path: pdf }])).status, 201, 'taken again once the queue is short');
  });

  test('an upload that would leave less than MIN_FREE_DISK_MB (its Content-Length counted) gets 503', async () => {
    const body = multipartBody([{ field: 'files', filename: 'a.pdf', content: '%PDF-1.4' }]);
    // Claims 2 GB: more than the 1 GB left above the threshold. The server answers before reading it.
    const big = await rawPost(`${queue.url}/api/batches`, body, { contentType: `multipart/form-data; boundary=${BOUNDARY}`, declaredLength: 2 * 1024 ** 3 });
    assert.equal(big.status, 503, big.body);
    assert.ok(Number(big.headers['retry-after']) > 0);
    assert.match((JSON.parse(big.body) as ErrorBody).error.message, /low on disk space.*MIN_FREE_DISK_MB.*after this 2,048 MB upload/);

    const refused = await uploadBatch(disk.url, [{ path: await plainFile() }]);
    assert.equal(refused.status, 503);
    assert.equal(refused.body.error?.code, 'unavailable');
    assert.match(refused.body.error?.message ?? '', /low on disk space: [\d,]+ MB free, and at least 100,000,000 MB must stay free \(MIN_FREE_DISK_MB\)/);
    assert.deepEqual(await storedFiles(disk.dataDir), []);
    // The server still answers, and its health says why it takes no uploads.
    const health = await getJson<{ status: string; disk: { ok: boolean } }>(disk.url, '/api/health');
    assert.equal(health.status, 503);
    assert.deepEqual([health.body.status, health.body.disk.ok], ['degraded', false]);
  });
});
