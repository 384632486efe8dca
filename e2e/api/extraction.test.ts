// What a full_extraction job gives for real PDFs (generated corpus and the PDFs shipped with the
// machine), checked against what each file is known to contain and against poppler's pdfinfo;
// the other workflows; and the failure modes: a truncated PDF, a password-protected one, a
// non-PDF, too many pages, and a PDF that keeps the parser spinning (timeout, server unharmed).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { JobDetail } from '../../lib/jobs/get-job';
import type { DocumentResult } from '../../lib/pipeline/types';
import type { BatchDetail } from '../../lib/schemas/batch';
import { getJson, uploadBatch, waitForBatch } from '../support/api';
import { generatedCorpus, generatedDir, SHIPPED_PDFS, type ManifestEntry } from '../support/pdfs';
import { removeDataDir, startServer, type TestServer } from '../support/server';

function pdfinfoPages(file: string): number | null {
  try {
    const out = execFileSync('pdfinfo', [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return Number(/^Pages:\s+(\d+)/m.exec(out)?.[1] ?? NaN);
  } catch {
    return null;
  }
}

async function results(server: TestServer, batch: BatchDetail): Promise<Map<string, JobDetail>> {
  const out = new Map<string, JobDetail>();
  for (const job of batch.jobs) out.set(job.filename, (await getJson<JobDetail>(server.url, `/api/jobs/${job.job_id}`)).body);
  return out;
}

describe('extraction', () => {
  let server: TestServer;
  let corpus: ManifestEntry[];
  const entry = (file: string) => corpus.find((e) => e.file === file) as ManifestEntry;
  const file = (name: string) => ({ path: path.join(generatedDir, name) });

  before(async () => {
    corpus = await generatedCorpus();
    server = await startServer({ env: { MAX_PAGES: '38' } });
  });
  after(async () => {
    await server?.stop();
    await removeDataDir(server.dataDir);
  });

  test('full_extraction: metadata, text, tables, fields, entities, language, type and its extractor', async () => {
    const names = ['datasheet-1.pdf', 'invoice-1.pdf', 'invoice-4.pdf', 'loan-document-1.pdf', 'scientific-paper-1.pdf', 'manual-1.pdf', 'form-1.pdf', 'other-2.pdf', 'scanned-2-pages.pdf', 'owner-password-only.pdf', 'bank-statement-1.pdf'];
    const { status, body } = await uploadBatch(server.url, [...names.map(file), ...SHIPPED_PDFS.map((p) => ({ path: p }))], { workflow: 'full_extraction' });
    assert.equal(status, 201, JSON.stringify(body));
    const batch = await waitForBatch(server.url, body.batch_id, 120_000);
    assert.equal(batch.status, 'completed', JSON.stringify(batch.jobs.filter((j) => j.status !== 'completed')));
    const jobs = await results(server, batch);
    const result = (name: string) => jobs.get(name)?.result as DocumentResult;

    for (const [name, job] of jobs) {
      const source = name.includes('/') || SHIPPED_PDFS.some((p) => path.basename(p) === name) ? (SHIPPED_PDFS.find((p) => path.basename(p) === name) as string) : path.join(generatedDir, name);
      assert.equal(job.result?.metadata.page_count, pdfinfoPages(source), `${name}: page count as pdfinfo says`);
      assert.equal(job.result?.pages.length, job.result?.metadata.page_count);
      assert.equal(job.result?.partial, false, `${name}: ${job.result?.warnings.join('; ')}`);
    }

    const sheet = result('datasheet-1.pdf');
    assert.equal(sheet.classification?.final_category, 'datasheet');
    assert.ok(sheet.classification.signals.length > 0, 'the classification says why');
    assert.ok((sheet.tables ?? []).length >= 2, 'ratings and characteristics tables');
    assert.equal(sheet.domain?.type, 'datasheet');
    if (sheet.domain?.type === 'datasheet') {
      assert.ok(sheet.domain.part_numbers.includes('IPX60R190P7'), JSON.stringify(sheet.domain.part_numbers));
      const rds = sheet.domain.electrical_characteristics.find((r) => r.symbol === 'RDS(on)');
      assert.ok(rds, 'RDS(on) row');
      assert.equal(rds.typ, 0.19);
      assert.equal(rds.max, 0.22);
      assert.equal(rds.unit, 'Ω');
    }
    assert.match(sheet.text, /Drain-Source On-State Resistance/);

    const invoice = result('invoice-1.pdf');
    assert.equal(invoice.classification?.final_category, 'invoice');
    assert.equal(invoice.language?.code, 'en');
    const number = invoice.fields?.find((f) => /invoice no/i.test(f.key));
    assert.equal(number?.value, entry('invoice-1.pdf').facts.invoice_number);
    assert.ok(invoice.entities?.ibans.some((i) => i.normalized === 'GB29NWBK60161331926819'), 'the IBAN');
    assert.ok(invoice.entities?.emails.length, 'the email address');
    if (invoice.domain?.type === 'invoice') {
      assert.equal(invoice.domain.invoice_number, entry('invoice-1.pdf').facts.invoice_number);
      assert.equal(invoice.domain.total, entry('invoice-1.pdf').facts.total);
    } else assert.fail(`invoice domain: ${JSON.stringify(invoice.domain)}`);
    assert.equal(result('invoice-4.pdf').language?.code, 'de');

    const loan = result('loan-document-1.pdf');
    assert.equal(loan.classification?.final_category, 'loan_document');
    if (loan.domain?.type === 'loan_document') {
      assert.equal(loan.domain.borrower, entry('loan-document-1.pdf').facts.borrower);
      assert.equal(loan.domain.loan_amount, entry('loan-document-1.pdf').facts.principal);
      assert.equal(loan.domain.interest_rate, entry('loan-document-1.pdf').facts.rate);
      assert.equal(loan.domain.term_months, entry('loan-document-1.pdf').facts.term_months);
    } else assert.fail(`loan domain: ${JSON.stringify(loan.domain)}`);

    assert.equal(result('scientific-paper-1.pdf').classification?.final_category, 'scientific_paper');
    assert.equal(result('bank-statement-1.pdf').classification?.final_category, 'bank_statement');

    const manual = result('manual-1.pdf');
    assert.equal(manual.classification?.final_category, 'manual');
    assert.equal(manual.metadata.has_outline, true);
    assert.equal(manual.metadata.outline.length, entry('manual-1.pdf').facts.outline_entries);
    assert.deepEqual(manual.metadata.outline[0], { title: '1. Safety Instructions', page: 2, level: 1 });

    const form = result('form-1.pdf');
    assert.equal(form.classification?.final_category, 'form');
    assert.equal(form.metadata.form_fields.length, entry('form-1.pdf').facts.form_fields);
    assert.ok(form.metadata.form_fields.some((f) => f.type === 'text' && f.value === 'JANE DOE'));
    assert.ok(form.metadata.form_fields.some((f) => f.type === 'checkbox'));

    assert.equal(result('other-2.pdf').language?.code, 'fr');

    // A scan: no text layer, one image a page, read by OCR (e2e/api/ocr.test.ts measures how well).
    const scan = result('scanned-2-pages.pdf');
    assert.ok(scan.pages.every((p) => !p.has_text_layer && p.needs_ocr && p.image_count === 1 && p.ocr?.used && p.text.length > 500), JSON.stringify(scan.pages.map((p) => ({ ...p, text: p.text.length }))));
    assert.equal(scan.language?.code, 'en');

    const locked = result('owner-password-only.pdf');
    assert.equal(locked.metadata.encrypted, true);
    assert.match(locked.text, /Confidential salary review/);

    const tasn = jobs.get('libtasn1.pdf')?.result;
    if (tasn) {
      assert.equal(tasn.classification?.final_category, 'manual');
      assert.equal(tasn.language?.code, 'en');
      assert.match(tasn.text, /asn1_create_element/);
    }
  });

  test('text_only and classify do only their part', async () => {
    const textOnly = await uploadBatch(server.url, [file('invoice-2.pdf')], { workflow: 'text_only' });
    const classifyOnly = await uploadBatch(server.url, [file('invoice-2.pdf')], { workflow: 'classify' });
    const [a, b] = await Promise.all([waitForBatch(server.url, textOnly.body.batch_id), waitForBatch(server.url, classifyOnly.body.batch_id)]);
    const plain = (await results(server, a)).get('invoice-2.pdf')?.result as DocumentResult;
    assert.equal(plain.workflow, 'text_only');
    assert.match(plain.text, /INVOICE/);
    assert.equal(plain.classification, undefined);
    assert.equal(plain.tables, undefined);
    const classified = (await results(server, b)).get('invoice-2.pdf')?.result as DocumentResult;
    assert.equal(classified.classification?.final_category, 'invoice');
    assert.equal(classified.tables, undefined);
  });

  test('broken, protected, oversized and non-PDF files fail with a reason; the rest goes on', async () => {
    const { status, body } = await uploadBatch(server.url, [
      file('truncated.pdf'),
      file('garbage-after-header.pdf'),
      file('password-protected.pdf'),
      file('report-long.pdf'),
      file('hand-written.pdf'),
      { name: 'photo.pdf', content: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70]) },
    ]);
    assert.equal(status, 201);
    assert.deepEqual(body.rejected.map((r) => r.filename), ['photo.pdf']);
    const batch = await waitForBatch(server.url, body.batch_id);
    const by = new Map(batch.jobs.map((j) => [j.filename, j]));
    assert.equal(by.get('truncated.pdf')?.error_type, 'processing_error');
    assert.equal(by.get('garbage-after-header.pdf')?.error_type, 'processing_error');
    assert.equal(by.get('password-protected.pdf')?.error_type, 'validation_error');
    assert.match(by.get('password-protected.pdf')?.error ?? '', /password/);
    assert.equal(by.get('report-long.pdf')?.error_type, 'validation_error');
    assert.match(by.get('report-long.pdf')?.error ?? '', /40 pages; the limit is 38/);
    assert.equal(by.get('hand-written.pdf')?.status, 'completed');
    assert.equal(by.get('photo.pdf')?.error_type, 'validation_error');
    assert.equal(by.get('photo.pdf')?.attempts, 0, 'refused at upload, never run');
    for (const job of batch.jobs.filter((j) => j.status === 'failed' && j.filename !== 'photo.pdf')) {
      assert.equal(job.attempts, 1, `${job.filename} is not retried`);
    }
  });
});

describe('a PDF that keeps the parser spinning', () => {
  let server: TestServer;
  before(async () => {
    await generatedCorpus();
    server = await startServer({ env: { JOB_TIMEOUT_S: '3', MAX_ATTEMPTS: '1', WORKER_CONCURRENCY: '1' } });
  });
  after(async () => {
    await server?.stop();
    await removeDataDir(server.dataDir);
  });

  test('is stopped at the time limit with a timeout; the next document and the server are fine', async () => {
    const { body } = await uploadBatch(server.url, [{ path: path.join(generatedDir, 'spinning.pdf') }, { path: path.join(generatedDir, 'invoice-3.pdf') }]);
    const batch = await waitForBatch(server.url, body.batch_id, 60_000);
    const [spin, next] = batch.jobs;
    assert.equal(spin.status, 'failed');
    assert.equal(spin.error_type, 'timeout', spin.error ?? '');
    assert.match(spin.error ?? '', /longer than 3 s/);
    assert.equal(next.status, 'completed');
    // The thread's end is in the log (at warn, the test server's level) with the job's ids.
    const lines = server.output().split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);
    const stopped = lines.find((l) => String(l.msg).startsWith('PDF thread stopped at the time limit'));
    assert.deepEqual([stopped?.job_id, stopped?.batch_id, stopped?.level], [spin.job_id, batch.batch_id, 40]);
    const health = await getJson<{ status: string }>(server.url, '/api/health');
    assert.equal(health.body.status, 'ok');
  });
});
