// Which batch gives the next job (lib/queue/claim-job.ts nextBatch: one SQL statement, written for
// SQLite and for Postgres), on a real database of the backend the tests run on.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, beforeEach, test } from 'node:test';
import { makeDataDir, removeDataDir } from '../support/server';
import { destroyTestDatabase, testBackend, testDatabaseUrl } from '../support/database';

const dataDir = await makeDataDir();
const databaseUrl = await testDatabaseUrl(dataDir);
process.env.DATA_DIR = dataDir;
process.env.DATABASE_URL = databaseUrl; // never one inherited from the shell: the tests delete rows
const { config } = await import('../../lib/config');
const { db, closeDb } = await import('../../lib/db/client');
const { migrate } = await import('../../lib/db/migrate');
const { nextBatch } = await import('../../lib/queue/claim-job');

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute));
const NOW = at(60);

type JobSpec = { status: 'queued' | 'processing' | 'completed'; startedMinute?: number; runMinute?: number; duplicate?: boolean };

/** A batch with the given jobs (the first of them, when queued, the original of any duplicate). */
async function batch(id: string, { priority = 0, created, status = 'queued', jobs }: { priority?: number; created: number; status?: string; jobs: JobSpec[] }) {
  const client = await db();
  await client.batch.create({ data: { id, name: id, workflow: 'text_only', status, priority, totalFiles: jobs.length, createdAt: at(created) } });
  let original: string | null = null;
  for (const [position, job] of jobs.entries()) {
    const jobId = randomUUID();
    await client.job.create({
      data: {
        id: jobId,
        batchId: id,
        position,
        filename: `${position}.pdf`,
        storagePath: `uploads/${id}/${jobId}.pdf`,
        sizeBytes: 1,
        sha256: jobId,
        status: job.status,
        runAt: at(job.runMinute ?? 0),
        startedAt: job.startedMinute === undefined ? null : at(job.startedMinute),
        duplicateOf: job.duplicate ? original : null,
      },
    });
    original ??= jobId;
  }
}

const queued: JobSpec = { status: 'queued' };

before(async () => {
  assert.equal(config().databaseUrl, databaseUrl, 'the test database, nothing else');
  await migrate(databaseUrl);
});
beforeEach(async () => {
  const client = await db();
  await client.job.deleteMany();
  await client.batch.deleteMany();
  await client.queueState.upsert({ where: { id: 1 }, create: { id: 1, paused: false }, update: { paused: false } });
});
after(async () => {
  await closeDb();
  if (testBackend() === 'postgresql') await destroyTestDatabase(dataDir);
  await removeDataDir(dataDir);
});

test('higher priority goes first, whatever else', async () => {
  await batch('old', { created: 1, jobs: [queued] });
  await batch('urgent', { priority: 5, created: 9, jobs: [{ status: 'processing', startedMinute: 10 }, { status: 'processing', startedMinute: 10 }, queued] });
  assert.equal(await nextBatch(await db(), NOW), 'urgent');
});

test('among equal priorities the batch with fewer running jobs goes next', async () => {
  await batch('huge', { created: 1, jobs: [{ status: 'processing', startedMinute: 8 }, { status: 'processing', startedMinute: 8 }, queued] });
  await batch('small', { created: 5, jobs: [{ status: 'completed', startedMinute: 9 }, queued] });
  assert.equal(await nextBatch(await db(), NOW), 'small');
});

test('then the batch served longest ago (never served first), so batches take turns even with one worker', async () => {
  await batch('huge', { created: 1, jobs: [{ status: 'completed', startedMinute: 9 }, queued] });
  await batch('small', { created: 5, jobs: [queued] });
  assert.equal(await nextBatch(await db(), NOW), 'small');
  const client = await db();
  await client.job.updateMany({ where: { batchId: 'small', status: 'queued' }, data: { status: 'completed', startedAt: at(11) } });
  await batch('small2', { created: 6, jobs: [{ status: 'completed', startedMinute: 10 }, queued] });
  assert.equal(await nextBatch(client, NOW), 'huge', 'huge served at :09, small2 at :10');
});

test('ties go to the older batch, then to the smaller id', async () => {
  await batch('b', { created: 2, jobs: [queued] });
  await batch('c', { created: 1, jobs: [queued] });
  assert.equal(await nextBatch(await db(), NOW), 'c');
  await batch('a', { created: 1, jobs: [queued] });
  assert.equal(await nextBatch(await db(), NOW), 'a');
});

test('nothing: no runnable job, a paused queue, a cancelled batch, only duplicates, a job not due yet', async () => {
  const client = await db();
  assert.equal(await nextBatch(client, NOW), null, 'empty');
  await batch('later', { created: 1, jobs: [{ status: 'queued', runMinute: 61 }] });
  await batch('gone', { created: 2, status: 'cancelled', jobs: [queued] });
  await batch('copies', { created: 3, jobs: [{ status: 'processing', startedMinute: 5 }, { status: 'queued', duplicate: true }] });
  assert.equal(await nextBatch(client, NOW), null);
  assert.equal(await nextBatch(client, at(62)), 'later', 'due once its time has come');
  await client.queueState.update({ where: { id: 1 }, data: { paused: true } });
  assert.equal(await nextBatch(client, at(62)), null, 'paused');
  await client.queueState.deleteMany();
  assert.equal(await nextBatch(client, at(62)), 'later', 'no queue state row yet: running');
});
