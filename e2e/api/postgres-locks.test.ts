// On Postgres, a cancel and a worker settling the same batch run side by side; they must not
// deadlock. A running original with queued duplicates (listed before it) is completed while its
// batch is cancelled, 20 times over: both always succeed (lib/batches/lock-jobs.ts keeps one
// lock order). Runs the library code in this process against a fresh database of the test
// Postgres (npm run test:integration:pg); skipped with SQLite.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { makeDataDir, removeDataDir } from '../support/server';
import { testBackend, testDatabaseUrl } from '../support/database';

const skip = testBackend() === 'sqlite' ? 'needs Postgres: runs in npm run test:integration:pg' : false;
let dataDir = '';
after(async () => {
  if (dataDir) await removeDataDir(dataDir);
});

test('cancelling a batch while its job with duplicates is settled never deadlocks', { skip }, async () => {
  dataDir = await makeDataDir();
  const url = await testDatabaseUrl(dataDir);
  Object.assign(process.env, { DATABASE_URL: url, DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
  const { migrate } = await import('../../lib/db/migrate');
  const { db, closeDb } = await import('../../lib/db/client');
  const { completeJob } = await import('../../lib/queue/settle-job');
  const { cancelBatch } = await import('../../lib/batches/cancel-batch');
  await migrate(url);
  const client = await db();
  const result = { json: JSON.stringify({ metadata: { page_count: 1 } }), pages: 1, documentType: null };
  try {
    for (let round = 0; round < 20; round++) {
      const id = `batch-${round}`;
      const original = `${id}-job-99`;
      const now = new Date();
      await client.batch.create({ data: { id, name: id, workflow: 'full_extraction', totalFiles: 20, status: 'processing' } });
      await client.job.createMany({
        data: Array.from({ length: 20 }, (_, i) => {
          const isOriginal = i === 19;
          return {
            id: isOriginal ? original : `${id}-job-${String(i).padStart(2, '0')}`,
            batchId: id,
            position: i,
            filename: `f${i}.pdf`,
            storagePath: `uploads/${id}/${i}.pdf`,
            sizeBytes: 1,
            sha256: isOriginal ? 'same' : `s${i}`,
            status: isOriginal ? 'processing' : 'queued',
            workerId: isOriginal ? 'worker' : null,
            startedAt: isOriginal ? now : null,
            leaseExpiresAt: isOriginal ? new Date(Date.now() + 60_000) : null,
            duplicateOf: !isOriginal && i < 10 ? original : null,
          };
        }),
      });
      const outcomes = await Promise.allSettled([completeJob({ id: original, batchId: id, startedAt: now }, 'worker', result), cancelBatch(id)]);
      const failures = outcomes.flatMap((o, i) => (o.status === 'rejected' ? [`${i ? 'cancel' : 'settle'}: ${(o.reason as Error).message}`] : []));
      assert.deepEqual(failures, [], `round ${round}`);
    }
  } finally {
    await closeDb();
  }
});
