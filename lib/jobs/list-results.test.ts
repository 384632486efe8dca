// listBatchResults against a real (temporary) SQLite database: result summaries read with the
// JSON functions, key fields, totals, category counts and paging.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';

process.env.DATA_DIR = mkdtempSync(path.join(os.tmpdir(), 'pdf-batch-results-'));

const { config } = await import('../config');
const { closeDb, db } = await import('../db/client');
const { migrate } = await import('../db/migrate');
const { listBatchResults } = await import('./list-results');

const invoiceResult = {
  workflow: 'full_extraction',
  metadata: { page_count: 1 },
  text: 'x'.repeat(10_000),
  pages: [],
  fields: [{ key: 'Invoice No', value: 'INV-1', page: 1, normalized: null }],
  language: { code: 'en', confidence: 0.9 },
  classification: { final_category: 'invoice', confidence: 0.72, scores: {}, signals: ['"Invoice" in the title'] },
  domain: { type: 'invoice', invoice_number: 'INV-2026-5731', invoice_date: '2026-01-05', due_date: null, seller: null, buyer: null, currency: 'USD', subtotal: null, tax: null, total: 12184.44 },
  partial: false,
  warnings: ['one'],
};
const oldResult = { workflow: 'text_only', metadata: { page_count: 2 }, text: 'old', pages: [], partial: false, warnings: [] };

before(async () => {
  await migrate(config().databaseUrl);
  const client = await db();
  await client.batch.create({ data: { id: 'b1', name: 'B', workflow: 'full_extraction', totalFiles: 3 } });
  const t0 = new Date('2026-01-01T10:00:00Z');
  const job = (id: string, position: number, status: string, extra: object = {}) => ({
    id, batchId: 'b1', position, filename: `${id}.pdf`, storagePath: `uploads/b1/${id}.pdf`, sizeBytes: 10, sha256: 'x', status, ...extra,
  });
  await client.job.createMany({
    data: [
      job('j1', 0, 'completed', { pages: 1, startedAt: t0, finishedAt: new Date(t0.getTime() + 2000) }),
      job('j2', 1, 'completed', { pages: 2, startedAt: new Date(t0.getTime() + 500), finishedAt: new Date(t0.getTime() + 5000) }),
      job('j3', 2, 'failed', { error: 'The file is damaged.', errorType: 'processing_error', startedAt: t0, finishedAt: t0 }),
    ],
  });
  await client.result.create({ data: { jobId: 'j1', data: JSON.stringify(invoiceResult) } });
  await client.result.create({ data: { jobId: 'j2', data: JSON.stringify(oldResult) } });
});

after(closeDb);

test('rows carry the category, language and key fields; results without them still list', async () => {
  const page = await listBatchResults('b1', { limit: 200 });
  assert.equal(page.next_cursor, null);
  assert.deepEqual(page.results.map((r) => r.job_id), ['j1', 'j2', 'j3']);
  const [invoice, old, failed] = page.results;
  assert.equal(invoice.category, 'invoice');
  assert.equal(invoice.confidence, 0.72);
  assert.equal(invoice.language, 'en');
  assert.equal(invoice.warning_count, 1);
  assert.deepEqual(invoice.key_fields.slice(0, 2), [
    { label: 'Invoice number', value: 'INV-2026-5731' },
    { label: 'Total', value: '12,184.44 USD' },
  ]);
  assert.equal(old.has_result, true);
  assert.equal(old.category, null);
  assert.deepEqual(old.key_fields, []);
  assert.equal(failed.has_result, false);
  assert.equal(failed.error, 'The file is damaged.');
});

test('totals: counts, pages, first start to last finish, categories', async () => {
  const { stats } = await listBatchResults('b1', { limit: 1 });
  assert.equal(stats.total, 3);
  assert.equal(stats.completed, 2);
  assert.equal(stats.failed, 1);
  assert.equal(stats.pages, 3);
  assert.equal(stats.duration_ms, 5000);
  assert.deepEqual(stats.categories, [{ category: 'invoice', count: 1 }]);
});

test('pages follow the cursor to the end', async () => {
  const first = await listBatchResults('b1', { limit: 2 });
  assert.deepEqual(first.results.map((r) => r.job_id), ['j1', 'j2']);
  assert.ok(first.next_cursor);
  const second = await listBatchResults('b1', { limit: 2, cursor: first.next_cursor });
  assert.deepEqual(second.results.map((r) => r.job_id), ['j3']);
  assert.equal(second.next_cursor, null);
});

test('an unknown batch is a not_found error', async () => {
  await assert.rejects(listBatchResults('nope', { limit: 10 }), { code: 'not_found' });
});
