// Scheduling: a batch with `start_at` is not started before then, one with `hold=true` not until it
// is released; both show so in the batch and the queue, and can be cancelled (or released) before
// they start. On Postgres the jobs are run by a worker process of its own (the web node has no
// threads), so the claim is seen to wait across processes.
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { BatchDetail, BatchSummary } from '../../lib/schemas/batch';
import type { QueueOverview } from '../../lib/schemas/queue';
import { getJson, uploadBatch, waitForBatch } from '../support/api';
import { runCli } from '../support/cli';
import { testBackend, testDatabaseUrl } from '../support/database';
import { makeTextPdf } from '../support/make-pdf';
import { makeDataDir, removeDataDir, startServer, startWorker, type TestServer, type TestWorker } from '../support/server';

type ErrorBody = { error: { code: string; message: string } };

const dataDir = await makeDataDir();
const acrossProcesses = testBackend() === 'postgresql';
let server: TestServer;
let worker: TestWorker | null = null;
let files: { name: string; content: Buffer }[];

before(async () => {
  // Two different files (a copy of the first would take its outcome without running itself).
  files = [
    { name: 'one.pdf', content: await makeTextPdf(1, 'Schedule test one') },
    { name: 'two.pdf', content: await makeTextPdf(1, 'Schedule test two') },
  ];
  if (acrossProcesses) {
    const databaseUrl = await testDatabaseUrl(dataDir);
    server = await startServer({ dataDir, env: { DATABASE_URL: databaseUrl, WORKER_CONCURRENCY: '0' } });
    worker = await startWorker({ dataDir, databaseUrl, env: { WORKER_CONCURRENCY: '2' } });
  } else {
    server = await startServer({ dataDir });
  }
});
after(async () => {
  await worker?.stop();
  await server?.stop();
  await removeDataDir(dataDir);
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const batchOf = async (id: string) => (await getJson<BatchDetail>(server.url, `/api/batches/${id}`)).body;
const post = async <T>(pathname: string) => {
  const response = await fetch(`${server.url}${pathname}`, { method: 'POST' });
  return { status: response.status, body: (await response.json()) as T };
};

/** Nothing of the batch has started: every job queued, never attempted. */
function assertUntouched(batch: BatchDetail, why: string): void {
  assert.equal(batch.status, 'queued', why);
  assert.equal(batch.started_at, null, why);
  for (const job of batch.jobs) {
    assert.equal(job.status, 'queued', `${why}: ${job.filename}`);
    assert.equal(job.attempts, 0, `${why}: ${job.filename}`);
  }
}

test('start_at and hold are checked: unparsable, offset-less or past times are 422, a bad hold 400, all as JSON', async () => {
  const cases: [Record<string, string>, number, string, RegExp][] = [
    [{ start_at: 'tomorrow morning' }, 422, 'invalid_schedule', /not a date-time/],
    [{ start_at: '2030-01-01T08:00:00' }, 422, 'invalid_schedule', /with its offset/],
    [{ start_at: '2020-01-01T08:00:00Z' }, 422, 'invalid_schedule', /in the past/],
    [{ hold: 'maybe' }, 400, 'bad_request', /hold/],
    [{ notify_email: 'ops@example.com' }, 422, 'email_not_configured', /SMTP_URL/],
  ];
  for (const [fields, status, code, message] of cases) {
    const { status: got, body } = await uploadBatch(server.url, files, fields);
    const error = (body as unknown as ErrorBody).error;
    assert.equal(got, status, JSON.stringify({ fields, body }));
    assert.equal(error.code, code);
    assert.match(error.message, message);
  }
});

test('a held batch waits, shows as held in the batch and the queue, and runs once released; a second release is a 409', async () => {
  const { status, body } = await uploadBatch(server.url, files, { name: 'held', hold: 'true' });
  assert.equal(status, 201);
  const held = await batchOf(body.batch_id);
  assert.equal(held.held, true);
  assert.equal(held.start_at, null);
  const queue = (await getJson<QueueOverview>(server.url, '/api/queue')).body;
  assert.equal(queue.scheduled, 2, 'its two files are counted as scheduled in the queue');

  // The workers poll every second and are idle: several chances to take it.
  await sleep(4000);
  assertUntouched(await batchOf(body.batch_id), 'held for 4 s');

  const released = await post<BatchSummary>(`/api/batches/${body.batch_id}/release`);
  assert.equal(released.status, 200);
  assert.equal(released.body.held, false);
  const done = await waitForBatch(server.url, body.batch_id);
  assert.equal(done.status, 'completed');
  assert.equal(done.completed, 2);

  const again = await post<ErrorBody>(`/api/batches/${body.batch_id}/release`);
  assert.equal(again.status, 409);
  assert.match(again.body.error.message, /already ended/);
  assert.equal((await post<ErrorBody>('/api/batches/no-such-batch/release')).status, 404);
});

test('a batch with start_at is not started before that time, then runs by itself', async () => {
  const startAt = new Date(Date.now() + 6000);
  const { status, body } = await uploadBatch(server.url, files, { name: 'scheduled', start_at: startAt.toISOString() });
  assert.equal(status, 201, JSON.stringify(body));
  const scheduled = await batchOf(body.batch_id);
  assert.equal(scheduled.start_at, startAt.toISOString());
  assert.equal(scheduled.held, false);
  // An unscheduled batch sent after it runs first.
  const later = await uploadBatch(server.url, files.slice(0, 1), { name: 'now' });
  assert.equal((await waitForBatch(server.url, later.body.batch_id)).status, 'completed');
  if (Date.now() < startAt.getTime() - 500) assertUntouched(await batchOf(body.batch_id), 'before its start time');

  const done = await waitForBatch(server.url, body.batch_id, 60_000);
  assert.equal(done.status, 'completed');
  for (const job of done.jobs) {
    assert.ok(new Date(job.started_at as string).getTime() >= startAt.getTime(), `${job.filename} started ${job.started_at}, before ${startAt.toISOString()}`);
  }
});

test('a scheduled batch can be cancelled before it starts, and then not released', async () => {
  const { body } = await uploadBatch(server.url, files, { start_at: new Date(Date.now() + 3_600_000).toISOString() });
  const cancelled = await post<BatchSummary>(`/api/batches/${body.batch_id}/cancel`);
  assert.equal(cancelled.status, 200);
  assert.equal(cancelled.body.status, 'cancelled');
  assert.equal(cancelled.body.cancelled, 2);
  const release = await post<ErrorBody>(`/api/batches/${body.batch_id}/release`);
  assert.equal(release.status, 409);
  const batch = await batchOf(body.batch_id);
  for (const job of batch.jobs) assert.deepEqual([job.status, job.attempts], ['cancelled', 0]);
  assert.equal((await getJson<QueueOverview>(server.url, '/api/queue')).body.scheduled, 0);
});

test('the CLI holds and schedules a batch, and releases it', async () => {
  const file = path.join(dataDir, 'cli-schedule.pdf');
  await writeFile(file, files[0].content);
  const cli = (args: string[]) => runCli([...args, '--json', '--server', server.url]);

  const held = await cli(['submit', file, '--hold']);
  assert.equal(held.code, 0, held.stderr);
  const heldId = (JSON.parse(held.stdout) as { batch_id: string }).batch_id;
  assert.equal((await batchOf(heldId)).held, true);

  const inAnHour = new Date(Date.now() + 3_600_000);
  const local = new Date(inAnHour.getTime() - inAnHour.getTimezoneOffset() * 60_000).toISOString().slice(0, 16); // this machine's time, no offset
  const scheduled = await cli(['submit', file, '--start-at', local]);
  assert.equal(scheduled.code, 0, scheduled.stderr);
  const scheduledBatch = await batchOf((JSON.parse(scheduled.stdout) as { batch_id: string }).batch_id);
  assert.equal(scheduledBatch.start_at, new Date(`${local}:00`).toISOString(), 'a time without an offset is local to the CLI');

  const bad = await cli(['submit', file, '--start-at', 'soon']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--start-at must be a date and time/);

  const released = await cli(['release', heldId]);
  assert.equal(released.code, 0, released.stderr);
  assert.equal((await waitForBatch(server.url, heldId)).status, 'completed');
  assert.equal((await post<BatchSummary>(`/api/batches/${scheduledBatch.batch_id}/release`)).status, 200);
  assert.equal((await waitForBatch(server.url, scheduledBatch.batch_id)).status, 'completed');
});
