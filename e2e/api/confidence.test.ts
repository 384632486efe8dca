// A document's confidence is the same wherever a batch's results are listed (results page,
// summary.json, summary.csv) as in its own result, also when the first row read has a whole
// number (a scan with no text is "other" at exactly 1): SQLite's JSON extraction is typed by
// the first row, so lists read it cast.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import JSZip from 'jszip';
import { PDFDocument } from 'pdf-lib';
import { getJson, uploadBatch, waitForBatch } from '../support/api';
import { projectRoot, removeDataDir, startServer, type TestServer } from '../support/server';

type Row = { job_id: string; filename: string; confidence: number | null };

const samples = ['scanned-page.pdf', 'datasheet-regulator.pdf'];

/** A PDF of one empty page of its own size (so no two are duplicates): no text, "other" at exactly 1. */
async function blankPdf(width: number): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.addPage([width, 842]);
  return Buffer.from(await doc.save());
}

function parseCsv(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/)
    .map((line) => line.split(','));
}

describe('confidence in lists', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer();
  });
  after(async () => {
    await server?.stop();
    await removeDataDir(server.dataDir);
  });

  test('results, summary.json and summary.csv give each document its own confidence', async () => {
    // Rows come in job id order (random): with 9 whole numbers in 11, the first row read is one
    // of them 9 times in 10.
    const blanks = await Promise.all(Array.from({ length: 9 }, async (_, i) => ({ name: `blank-${i}.pdf`, content: await blankPdf(500 + i) })));
    const files = [...samples.map((name) => ({ path: path.join(projectRoot, 'public', 'samples', name) })), ...blanks];
    const { status, body: created } = await uploadBatch(server.url, files, { workflow: 'classify' });
    assert.equal(status, 201);
    await waitForBatch(server.url, created.batch_id);

    const { body } = await getJson<{ results: Row[] }>(server.url, `/api/batches/${created.batch_id}/results`);
    assert.equal(body.results.length, files.length);
    const own = new Map<string, number>();
    for (const row of body.results) {
      const { body: result } = await getJson<{ result: { classification: { confidence: number } } }>(server.url, `/api/jobs/${row.job_id}/result`);
      own.set(row.filename, result.result.classification.confidence);
    }
    assert.equal(own.get('scanned-page.pdf'), 1, 'the scan is the whole-number case this test needs');
    assert.ok([...own.values()].some((c) => c > 0 && c < 1), 'and some confidence is a fraction');

    const listed = Object.fromEntries(body.results.map((r) => [r.filename, r.confidence]));
    assert.deepEqual(listed, Object.fromEntries(own));

    const summary = await getJson<{ documents: Row[] }>(server.url, `/api/batches/${created.batch_id}/summary`);
    assert.deepEqual(Object.fromEntries(summary.body.documents.map((d) => [d.filename, d.confidence])), Object.fromEntries(own));

    const response = await fetch(`${server.url}/api/batches/${created.batch_id}/export`);
    const zip = await JSZip.loadAsync(Buffer.from(await response.arrayBuffer()));
    const [header, ...rows] = parseCsv(await zip.file('summary.csv')!.async('string'));
    const [file, confidence] = [header.indexOf('filename'), header.indexOf('confidence')];
    assert.deepEqual(Object.fromEntries(rows.map((r) => [r[file], Number(r[confidence])])), Object.fromEntries(own));
  });
});
