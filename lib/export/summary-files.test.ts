import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SummaryDocument, SummaryHead } from './summary';
import { SUMMARY_COLUMNS, summaryCsv, summaryJson } from './summary-files';

const head: SummaryHead = {
  batch: { batch_id: 'b1', name: 'March', workflow: 'full_extraction', status: 'completed_with_errors', created_at: '2026-01-01T00:00:00.000Z' },
  filter: { status: null },
  generated_at: '2026-01-01T00:10:00.000Z',
  totals: { total: 2, processed: 2, successful: 1, failed: 1, cancelled: 0, queued: 0, processing: 0, pages: 1, started_at: '2026-01-01T00:00:01.000Z', finished_at: '2026-01-01T00:00:03.000Z', duration_ms: 2000, processing_ms_total: 1900 },
};

const doc = (over: Partial<SummaryDocument>): SummaryDocument => ({
  filename: 'invoice-1.pdf', status: 'completed', error_type: null, error: null, pages: 1, category: 'invoice', confidence: 0.77,
  part_numbers: null, invoice_number: 'INV-7', invoice_date: '2026-01-19', invoice_total: 1190, currency: 'EUR', seller: 'Muster GmbH', buyer: 'Kunden AG',
  processing_ms: 120, attempts: 1, sha256: 'ab'.repeat(32), job_id: 'j1', export_name: 'invoice-1', duplicate_of: null, has_result: true, partial: false, ...over,
});

const docs = [
  doc({}),
  doc({ filename: 'bad, "truncated".pdf', status: 'failed', error_type: 'processing_error', error: 'The file is damaged:\nno xref', pages: null, category: null, confidence: null, invoice_number: null, invoice_date: null, invoice_total: null, currency: null, seller: null, buyer: null, job_id: 'j2', export_name: 'bad, _truncated_', has_result: false }),
];

async function text(chunks: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const c of chunks) out += c;
  return out;
}

async function* from<T>(items: T[]): AsyncGenerator<T> {
  yield* items;
}

test('summary.json: the batch, its totals and every document, one per line', async () => {
  const json = await text(summaryJson(head, from(docs)));
  assert.deepEqual(JSON.parse(json), { ...head, documents: docs });
  assert.equal(json.split('\n').length, 5, 'head line, two documents, the closing bracket, a final newline');
  assert.deepEqual(JSON.parse(await text(summaryJson(head, from([])))).documents, []);
});

test('summary.csv: a byte order mark, a header and one row per document, quoted where needed', async () => {
  const csv = await text(summaryCsv(from(docs)));
  assert.ok(csv.startsWith('\uFEFF'), 'a UTF-8 byte order mark first, for Excel');
  const lines = csv.slice(1).split('\r\n');
  assert.equal(lines[0], SUMMARY_COLUMNS.join(','));
  assert.equal(
    lines[0],
    'filename,status,error_type,error,pages,category,confidence,part_numbers,invoice_number,invoice_date,invoice_total,currency,seller,buyer,processing_ms,attempts,sha256,job_id,export_name,duplicate_of,has_result,partial',
  );
  assert.equal(lines[1], `invoice-1.pdf,completed,,,1,invoice,0.77,,INV-7,2026-01-19,1190,EUR,Muster GmbH,Kunden AG,120,1,${'ab'.repeat(32)},j1,invoice-1,,true,false`);
  assert.ok(lines[2].startsWith('"bad, ""truncated"".pdf",failed,processing_error,"The file is damaged:\nno xref",,,,,,,,,,,120,1,'));
  assert.equal(lines[lines.length - 1], '');
});
