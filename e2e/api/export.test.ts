// The batch export against the real server: real PDFs uploaded (one broken, one name twice, one
// copy of the same file, a name with "../" and Unicode), the ZIP downloaded and unpacked with
// jszip and checked entry by entry against the API; the filters, the originals, the summary
// endpoint and the errors a client can cause.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import JSZip from 'jszip';
import type { SummaryDocument, BatchSummaryReport } from '../../lib/export/summary';
import type { JobDetail } from '../../lib/jobs/get-job';
import type { BatchDetail } from '../../lib/schemas/batch';
import { getJson, uploadBatch, waitForBatch } from '../support/api';
import { generatedCorpus, generatedDir } from '../support/pdfs';
import { removeDataDir, startServer, type TestServer } from '../support/server';

type ErrorBody = { error: { code: string; message: string } };

const fixture = (name: string) => path.join(generatedDir, name);

/** Uploaded as (name → file). */
const UPLOADS: [string, string][] = [
  ['invoice-1.pdf', 'invoice-1.pdf'],
  ['datasheet-1.pdf', 'datasheet-1.pdf'],
  ['truncated.pdf', 'truncated.pdf'],
  ['invoice-1.pdf', 'datasheet-2.pdf'], // the same name again, another file
  ['../../Rechnung März/データ.pdf', 'invoice-2.pdf'], // the upload keeps the folder, never the way up: "Rechnung März/データ.pdf"
  ['copies/invoice-1.pdf', 'invoice-1.pdf'], // the same name in another folder, and the same file: a duplicate
  ['summary.pdf', 'report-1.pdf'], // would clash with summary.json
];

/** The base each upload gets in the ZIP, in upload order. */
const BASES = ['invoice-1', 'datasheet-1', 'truncated', 'invoice-1 (2)', 'Rechnung März/データ', 'copies/invoice-1', 'summary_'];

async function download(server: TestServer, pathname: string): Promise<{ response: Response; zip: JSZip }> {
  const response = await fetch(`${server.url}${pathname}`);
  assert.equal(response.status, 200, await response.clone().text());
  return { response, zip: await JSZip.loadAsync(Buffer.from(await response.arrayBuffer())) };
}

/** An entry's text; a CSV's byte order mark (checked to be there) is left out. */
const text = async (zip: JSZip, name: string) => {
  const file = zip.file(name);
  assert.ok(file, `${name} is in the ZIP (it has ${Object.keys(zip.files).join(', ')})`);
  const content = await file.async('string');
  if (!name.endsWith('.csv')) return content;
  assert.ok(content.startsWith('\uFEFF'), `${name} starts with a UTF-8 byte order mark`);
  return content.slice(1);
};

function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && csv[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  return rows;
}

describe('batch export', () => {
  let server: TestServer;
  let batch: BatchDetail;
  const jobs = new Map<string, JobDetail>();
  const jobAt = (i: number) => jobs.get(batch.jobs[i].job_id) as JobDetail;

  before(async () => {
    await generatedCorpus();
    server = await startServer();
    const { status, body } = await uploadBatch(
      server.url,
      UPLOADS.map(([name, file]) => ({ path: fixture(file), name })),
      { name: 'Export März' },
    );
    assert.equal(status, 201, JSON.stringify(body));
    batch = await waitForBatch(server.url, body.batch_id, 120_000);
    for (const job of batch.jobs) jobs.set(job.job_id, (await getJson<JobDetail>(server.url, `/api/jobs/${job.job_id}`)).body);
  });
  after(async () => {
    await server?.stop();
    await removeDataDir(server.dataDir);
  });

  test('the whole batch: summary, and per document its JSON, text, Markdown and tables, under safe unique names', async () => {
    assert.equal(batch.jobs.length, UPLOADS.length);
    assert.equal(batch.jobs[2].status, 'failed');
    const { response, zip } = await download(server, `/api/batches/${batch.batch_id}/export`);
    assert.equal(response.headers.get('content-type'), 'application/zip');
    assert.equal(response.headers.get('content-disposition'), `attachment; filename="Export M_rz.zip"; filename*=UTF-8''Export%20M%C3%A4rz.zip`);

    const names = Object.keys(zip.files);
    assert.deepEqual(names.slice(0, 2), ['summary.json', 'summary.csv']);
    for (const name of names) assert.ok(!name.startsWith('/') && !name.split('/').includes('..') && !/[\u0000-\u001f]/.test(name), name);
    assert.ok(!names.some((n) => n.startsWith('originals/')), 'no originals unless asked');

    const expected = new Set(['summary.json', 'summary.csv', 'characteristics.csv']);
    batch.jobs.forEach((job, i) => {
      const result = jobAt(i).result;
      if (!result) return;
      for (const ext of ['json', 'txt', 'md']) expected.add(`${BASES[i]}.${ext}`);
      (result.tables ?? []).forEach((_, n) => expected.add(`${BASES[i]}.tables/${n + 1}.csv`));
      if (result.domain?.type === 'datasheet' && result.domain.electrical_characteristics.length) expected.add(`${BASES[i]}.characteristics.csv`);
      // SPICE models: one library per part (a repeated part number numbered), and one for the batch.
      if (result.domain?.type === 'datasheet') {
        for (const model of result.domain.spice_models) {
          let name = `models/${model.part}.lib`;
          for (let n = 2; expected.has(name); n++) name = `models/${model.part} (${n}).lib`;
          expected.add(name);
          expected.add('models.lib');
        }
      }
      assert.equal(job.status, 'completed', job.filename);
    });
    assert.deepEqual(new Set(names.filter((n) => !n.endsWith('/'))), expected);
    // Every CSV alike: UTF-8 with a byte order mark, so Excel reads °C, µA and − right.
    for (const name of names.filter((n) => n.endsWith('.csv'))) {
      assert.deepEqual([...(await zip.file(name)!.async('uint8array')).subarray(0, 3)], [0xef, 0xbb, 0xbf], name);
    }
    assert.ok(!names.some((n) => n.startsWith('truncated.')), 'the failed document has no files');

    for (const [i, job] of batch.jobs.entries()) {
      const result = jobAt(i).result;
      if (!result) continue;
      assert.deepEqual(JSON.parse(await text(zip, `${BASES[i]}.json`)), result, `${job.filename}: the JSON is the API's result`);
      assert.equal(await text(zip, `${BASES[i]}.txt`), result.text);
      const md = await text(zip, `${BASES[i]}.md`);
      assert.ok(md.startsWith('# '), md.slice(0, 80));
      assert.match(md, new RegExp(`^\\| File \\| ${job.filename.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\|$`, 'm'));
    }

    // The datasheets' characteristics, per document and for the batch: one row each, with file, part and page.
    const sheet = jobAt(1).result?.domain;
    assert.equal(sheet?.type, 'datasheet');
    if (sheet?.type === 'datasheet') {
      const own = parseCsv(await text(zip, 'datasheet-1.characteristics.csv'));
      assert.deepEqual(own[0].slice(0, 6), ['file', 'part', 'page', 'table', 'section', 'parameter']);
      assert.equal(own.length, 1 + sheet.electrical_characteristics.length);
      const rds = own.find((r) => r[own[0].indexOf('symbol')] === 'RDS(on)');
      assert.ok(rds, 'the RDS(on) row');
      assert.deepEqual([rds[0], rds[own[0].indexOf('typ')], rds[own[0].indexOf('max')], rds[own[0].indexOf('unit')]], ['datasheet-1.pdf', '0.19', '0.22', 'Ω']);
    }
    const perDocument: string[][] = [];
    for (const [i] of batch.jobs.entries()) {
      if (expected.has(`${BASES[i]}.characteristics.csv`)) perDocument.push(...parseCsv(await text(zip, `${BASES[i]}.characteristics.csv`)).slice(1));
    }
    assert.deepEqual(parseCsv(await text(zip, 'characteristics.csv')).slice(1), perDocument, 'every datasheet of the batch, in upload order');

    // The MOSFET datasheet's model: its own library and in the batch's, the card ngspice reads.
    assert.equal(sheet?.type === 'datasheet' && sheet.spice_models[0]?.kind, 'NMOS');
    if (sheet?.type === 'datasheet') {
      const model = sheet.spice_models[0];
      const own = await text(zip, `models/${model.part}.lib`);
      assert.ok(own.includes(model.model), own);
      assert.match(own, /^\* .+ \(NMOS\) from datasheet-1\.pdf/);
      const library = await text(zip, 'models.lib');
      assert.ok(library.includes(model.model));
      assert.match(library, /^\.subckt \S+ D G S$/m);
    }

    const invoiceTable = parseCsv(await text(zip, 'invoice-1.tables/1.csv'));
    assert.deepEqual(invoiceTable[0], ['Description', 'Qty', 'Unit Price', 'Amount']);
    assert.deepEqual(invoiceTable.slice(1), jobAt(0).result?.tables?.[0].rows);
    const sheetTables = jobAt(1).result?.tables ?? [];
    assert.ok(sheetTables.length >= 2);
    assert.deepEqual(parseCsv(await text(zip, 'datasheet-1.tables/2.csv'))[0], sheetTables[1].header);
    assert.match(await text(zip, 'datasheet-1.md'), /^## Datasheet data\n\nPart numbers: IPX60R190P7$/m);

    // The copy of invoice-1.pdf shows the same result as its original.
    assert.deepEqual(JSON.parse(await text(zip, 'copies/invoice-1.json')), jobAt(0).result);
  });

  test('summary.json and summary.csv: one row per document, in upload order, with the totals', async () => {
    const { zip } = await download(server, `/api/batches/${batch.batch_id}/export`);
    const summary = JSON.parse(await text(zip, 'summary.json')) as BatchSummaryReport;
    assert.equal(summary.batch.batch_id, batch.batch_id);
    assert.equal(summary.batch.name, 'Export März');
    assert.equal(summary.batch.status, 'completed_with_errors');
    assert.deepEqual(summary.filter, { status: null });
    const t = summary.totals;
    assert.deepEqual([t.total, t.processed, t.successful, t.failed, t.cancelled], [7, 7, 6, 1, 0]);
    assert.ok(t.started_at && t.finished_at && t.duration_ms !== null && t.duration_ms >= 0);
    assert.ok(t.pages > 0);

    assert.deepEqual(summary.documents.map((d) => d.export_name), BASES);
    for (const [i, doc] of summary.documents.entries()) {
      const job = jobAt(i);
      assert.equal(doc.job_id, job.job_id);
      assert.equal(doc.filename, job.filename);
      assert.equal(doc.status, job.status);
      assert.equal(doc.pages, job.pages);
      assert.equal(doc.attempts, job.attempts);
      assert.equal(doc.has_result, job.result !== null);
      assert.equal(doc.category, job.result?.classification?.final_category ?? null);
      assert.equal(doc.confidence, job.result?.classification?.confidence ?? null);
      assert.match(doc.sha256, /^[0-9a-f]{64}$/);
    }
    assert.equal(summary.documents[0].sha256, summary.documents[5].sha256, 'the copy is the same file');
    assert.equal(summary.documents[4].filename, 'Rechnung März/データ.pdf');
    const failed = summary.documents[2] as SummaryDocument;
    assert.equal(failed.error_type, 'processing_error');
    assert.ok(failed.error);

    // A UTF-8 byte order mark first, so that Excel reads names like "Müller" right.
    const bytes = await zip.file('summary.csv')!.async('uint8array');
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const csv = parseCsv(new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes));
    assert.deepEqual(csv[0].slice(0, 14), ['filename', 'status', 'error_type', 'error', 'pages', 'category', 'confidence', 'part_numbers', 'invoice_number', 'invoice_date', 'invoice_total', 'currency', 'seller', 'buyer']);
    assert.equal(csv.length, 1 + UPLOADS.length);
    for (const [i, row] of csv.slice(1).entries()) {
      const doc = summary.documents[i];
      const cell = (column: string) => row[csv[0].indexOf(column)];
      assert.equal(cell('filename'), doc.filename);
      assert.equal(cell('status'), doc.status);
      assert.equal(cell('error_type'), doc.error_type ?? '');
      assert.equal(cell('category'), doc.category ?? '');
      assert.equal(cell('sha256'), doc.sha256);
      assert.equal(cell('export_name'), doc.export_name);
      // The key data columns: what the document's extractor found.
      const domain = jobAt(i).result?.domain;
      assert.equal(cell('invoice_number'), domain?.type === 'invoice' ? (domain.invoice_number ?? '') : '');
      assert.equal(cell('seller'), domain?.type === 'invoice' ? (domain.seller ?? '') : '');
      assert.equal(cell('part_numbers'), domain?.type === 'datasheet' ? domain.part_numbers.join(' ') : '');
    }
    assert.ok(summary.documents.some((d) => d.invoice_number && d.invoice_total !== null), 'the invoice has its number and total in the summary');

    const alone = await getJson<BatchSummaryReport>(server.url, `/api/batches/${batch.batch_id}/summary`);
    assert.equal(alone.status, 200);
    assert.deepEqual({ ...alone.body, generated_at: null }, { ...summary, generated_at: null });
  });

  test('?status= filters the documents (their names stay); ?include=originals adds the PDFs', async () => {
    const failedOnly = await download(server, `/api/batches/${batch.batch_id}/export?status=failed`);
    const summary = JSON.parse(await text(failedOnly.zip, 'summary.json')) as BatchSummaryReport;
    assert.deepEqual(summary.filter, { status: ['failed'] });
    assert.deepEqual(summary.documents.map((d) => d.filename), ['truncated.pdf']);
    assert.equal(summary.totals.total, 7, 'the totals are the whole batch');
    assert.deepEqual(Object.keys(failedOnly.zip.files), ['summary.json', 'summary.csv']);

    const { zip } = await download(server, `/api/batches/${batch.batch_id}/export?status=completed&include=originals`);
    const names = Object.keys(zip.files);
    assert.ok(!names.includes('originals/truncated.pdf'));
    assert.ok(names.includes('invoice-1 (2).json'), 'numbered as in the unfiltered export');
    for (const [i, [, file]] of UPLOADS.entries()) {
      if (i === 2) continue;
      const original = zip.file(`originals/${BASES[i]}.pdf`);
      assert.ok(original, `originals/${BASES[i]}.pdf`);
      assert.ok(Buffer.from(await original.async('uint8array')).equals(await readFile(fixture(file))), `${BASES[i]}: the uploaded bytes`);
    }

    const both = await getJson<BatchSummaryReport>(server.url, `/api/batches/${batch.batch_id}/summary?status=failed,completed`);
    assert.equal(both.body.documents.length, 7);
  });

  test('an unknown batch is a 404 and a bad query a 400, as JSON', async () => {
    for (const pathname of ['/api/batches/nope/export', '/api/batches/nope/summary']) {
      const { status, body } = await getJson<ErrorBody>(server.url, pathname);
      assert.equal(status, 404, pathname);
      assert.equal(body.error.code, 'not_found');
    }
    for (const query of ['status=done', 'status=', 'include=everything', 'status=completed,nope']) {
      const { status, body } = await getJson<ErrorBody>(server.url, `/api/batches/${batch.batch_id}/export?${query}`);
      assert.equal(status, 400, query);
      assert.equal(body.error.code, 'bad_request');
    }
    const { status } = await getJson<ErrorBody>(server.url, `/api/batches/${batch.batch_id}/summary?status=bogus`);
    assert.equal(status, 400);
  });
});
