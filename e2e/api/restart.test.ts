// Batches, jobs and results survive a restart of the server on the same DATA_DIR, and a
// SIGTERM stops the server cleanly.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import type { JobDetail } from '../../lib/jobs/get-job';
import type { BatchListResponse } from '../../lib/schemas/batch';
import { getJson, uploadBatch, waitForBatch } from '../support/api';
import { SHIPPED_PDFS, generatedCorpus, generatedDir } from '../support/pdfs';
import { makeDataDir, removeDataDir, startServer } from '../support/server';
import path from 'node:path';

const dataDir = await makeDataDir();
after(() => removeDataDir(dataDir));

test('earlier batches and their results are still there after a restart', async () => {
  const corpus = await generatedCorpus();
  const files = [...SHIPPED_PDFS, ...corpus.filter((e) => e.expect === 'ok').slice(0, 2).map((e) => path.join(generatedDir, e.file))];
  const first = await startServer({ dataDir });
  const { body } = await uploadBatch(first.url, files.map((p) => ({ path: p })), { name: 'kept' });
  const batch = await waitForBatch(first.url, body.batch_id);
  assert.equal(batch.status, 'completed');
  assert.equal(await first.stop(), 0, 'SIGTERM ends the server with exit code 0');

  const second = await startServer({ dataDir });
  try {
    const list = await getJson<BatchListResponse>(second.url, '/api/batches');
    assert.deepEqual(list.body.batches.map((b) => [b.name, b.status]), [['kept', 'completed']]);
    const job = await getJson<JobDetail>(second.url, `/api/jobs/${batch.jobs[0].job_id}`);
    assert.equal(job.body.status, 'completed');
    assert.ok(job.body.result && job.body.result.text.length > 0);
  } finally {
    await second.stop();
  }
});
