// "Try it": POST /api/batches/demo makes a batch of the shipped sample PDFs that completes with
// the categories they were made as; GET /api/limits says what an upload may hold.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { CreateBatchResponse } from '../../lib/schemas/batch';
import type { LimitsResponse } from '../../lib/schemas/limits';
import { getJson, waitForBatch } from '../support/api';
import { removeDataDir, startServer, type TestServer } from '../support/server';

type ResultRow = { filename: string; category: string | null };

describe('demo batch and limits', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer();
  });
  after(async () => {
    await server?.stop();
    await removeDataDir(server.dataDir);
  });

  test('the limits are the configured ones, in bytes', async () => {
    const { status, body } = await getJson<LimitsResponse>(server.url, '/api/limits');
    assert.equal(status, 200);
    assert.deepEqual(body, { max_file_bytes: 50 * 1024 * 1024, max_files_per_batch: 1000, max_batch_bytes: 2048 * 1024 * 1024 });
  });

  test('the demo batch is made of the six samples and completes with their categories', async () => {
    const response = await fetch(`${server.url}/api/batches/demo`, { method: 'POST' });
    assert.equal(response.status, 201);
    const created = (await response.json()) as CreateBatchResponse;
    assert.equal(created.total_files, 6);
    assert.equal(created.name, 'Sample PDFs');
    assert.deepEqual(created.rejected, []);

    const batch = await waitForBatch(server.url, created.batch_id);
    assert.equal(batch.status, 'completed');
    const { body } = await getJson<{ results: ResultRow[] }>(server.url, `/api/batches/${created.batch_id}/results`);
    const rows = body.results;
    const categories = Object.fromEntries(rows.map((r) => [r.filename, r.category]));
    assert.deepEqual(categories, {
      'application-form.pdf': 'form',
      'datasheet-regulator.pdf': 'datasheet',
      'invoice-northwind.pdf': 'invoice',
      'loan-agreement.pdf': 'loan_document',
      'research-paper.pdf': 'scientific_paper',
      'scanned-page.pdf': 'invoice', // a scanned invoice, read by OCR
    });
  });

  test('options are taken from a JSON body, and a body that is not JSON is a 400 in words', async () => {
    const ok = await fetch(`${server.url}/api/batches/demo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Try', workflow: 'classify', priority: 5 }),
    });
    assert.equal(ok.status, 201);
    const created = (await ok.json()) as CreateBatchResponse;
    const { body: batch } = await getJson<{ workflow: string; priority: number; name: string }>(server.url, `/api/batches/${created.batch_id}`);
    assert.deepEqual([batch.name, batch.workflow, batch.priority], ['Try', 'classify', 5]);

    const bad = await fetch(`${server.url}/api/batches/demo`, { method: 'POST', body: '{nope' });
    assert.equal(bad.status, 400);
    const error = (await bad.json()) as { error: { code: string; message: string } };
    assert.equal(error.error.code, 'bad_request');
  });
});
