// OCR against the real server: scans made from born-digital pages (scripts/fixtures/scans.ts:
// 300 dpi grey, 150 dpi colour two columns, 200 dpi under an invisible junk text layer) read back
// with 95 % of their words, then typed and extracted like any page; the export's text and Markdown
// carry the OCR text; OCR per batch (off, force, a bad mode refused); cancelling during OCR frees
// the thread at once; two threads OCRing at once share the one engine OCR_CONCURRENCY=1 allows; a
// document past its time limit completes with the pages read and names the others; and a real
// scan (OP90.pdf, when ../shared/corpus is there) read as a datasheet.
// One PDF thread and one OCR page at a time: OCR costs 2-5 s of CPU a page, and CI has 2 cores.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import JSZip from 'jszip';
import type { JobDetail } from '../../lib/jobs/get-job';
import { wordRecall } from '../../lib/pipeline/ocr/word-recall';
import type { InvoiceData } from '../../lib/pipeline/types';
import type { BatchDetail } from '../../lib/schemas/batch';
import { getJson, uploadBatch, waitForBatch } from '../support/api';
import { generatedCorpus, generatedDir, type ManifestEntry } from '../support/pdfs';
import { parseExposition, sampleValue } from '../support/prometheus';
import { projectRoot, removeDataDir, startServer, type TestServer } from '../support/server';

const fixture = (name: string) => ({ path: path.join(generatedDir, name) });
const OP90 = path.resolve(projectRoot, '..', 'shared', 'corpus', 'datasheets', 'OP90.pdf');

async function jobsOf(server: TestServer, batch: BatchDetail): Promise<Map<string, JobDetail>> {
  const out = new Map<string, JobDetail>();
  for (const job of batch.jobs) out.set(job.filename, (await getJson<JobDetail>(server.url, `/api/jobs/${job.job_id}`)).body);
  return out;
}

async function upload(server: TestServer, files: string[], fields: Record<string, string> = {}): Promise<string> {
  const { status, body } = await uploadBatch(server.url, files.map(fixture), fields);
  assert.equal(status, 201, JSON.stringify(body));
  return body.batch_id;
}

const post = (url: string) => fetch(url, { method: 'POST' });

describe('OCR', () => {
  let server: TestServer;
  let corpus: ManifestEntry[];
  const entry = (file: string) => corpus.find((e) => e.file === file) as ManifestEntry;

  before(async () => {
    corpus = await generatedCorpus();
    server = await startServer({ env: { WORKER_CONCURRENCY: '1', OCR_CONCURRENCY: '1' } });
  });
  after(async () => {
    await server?.stop();
    await removeDataDir(server.dataDir);
  });

  test('scans are read back (95 % of their words), typed and extracted; the export carries their text', { timeout: 300_000 }, async () => {
    const scans = ['scan-invoice-300dpi-grey.pdf', 'scan-paper-150dpi-colour.pdf', 'scan-datasheet-200dpi-junk-layer.pdf'];
    const batchId = await upload(server, [...scans, 'invoice-1.pdf']);
    // About 15 s of CPU; minutes when other work shares the cores.
    const batch = await waitForBatch(server.url, batchId, 280_000);
    assert.equal(batch.status, 'completed', JSON.stringify(batch.jobs.map((j) => [j.filename, j.status, j.error])));
    const jobs = await jobsOf(server, batch);

    for (const file of scans) {
      const result = jobs.get(file)?.result;
      assert.ok(result, file);
      const sources = (await readFile(path.join(generatedDir, file.replace(/\.pdf$/, '.txt')), 'utf8')).split('\f');
      for (const [i, page] of result.pages.entries()) {
        assert.equal(page.needs_ocr, true, `${file} p${page.number} needs OCR`);
        assert.ok(page.ocr?.used, `${file} p${page.number} was read by OCR: ${JSON.stringify(page.ocr)}`);
        assert.match(page.ocr.engine, /^tesseract\.js \d/);
        assert.equal(page.ocr.language, 'eng');
        assert.ok(page.ocr.confidence !== null && page.ocr.confidence > 70, `${file} confidence ${page.ocr.confidence}`);
        const recall = wordRecall(sources[i], page.text);
        assert.ok(recall >= 0.95, `${file} p${page.number}: word recall ${(recall * 100).toFixed(1)} %`);
      }
      assert.equal(result.classification?.final_category, entry(file).category, `${file} is a ${entry(file).category}`);
      assert.equal(result.language?.code, 'en');
      assert.equal(result.partial, false, result.warnings.join('; '));
    }

    // The scanned invoice's key data, as from the born-digital one.
    const facts = entry('scan-invoice-300dpi-grey.pdf').facts;
    const invoice = jobs.get('scan-invoice-300dpi-grey.pdf')?.result?.domain as InvoiceData;
    assert.equal(invoice.invoice_number, facts.invoice_number);
    assert.equal(invoice.total, facts.total);
    assert.equal(invoice.currency, facts.currency);
    // The junk text layer was not taken for text.
    assert.doesNotMatch(jobs.get('scan-datasheet-200dpi-junk-layer.pdf')?.result?.text ?? '', /ÐÞß|§#/);
    // A born-digital page is not OCRed.
    assert.ok(jobs.get('invoice-1.pdf')?.result?.pages.every((p) => !p.needs_ocr && p.ocr === undefined));

    const response = await fetch(`${server.url}/api/batches/${batchId}/export`);
    assert.equal(response.status, 200);
    const zip = await JSZip.loadAsync(Buffer.from(await response.arrayBuffer()));
    const txt = await zip.file('scan-invoice-300dpi-grey.txt')?.async('string');
    assert.match(txt ?? '', new RegExp(String(facts.invoice_number)));
    const md = await zip.file('scan-invoice-300dpi-grey.md')?.async('string');
    assert.match(md ?? '', /### Page 1\n\n\*Read by OCR \(tesseract\.js [\d.]+, eng\), confidence [\d.]+ %\.\*/);
    assert.match(md ?? '', new RegExp(String(facts.invoice_number)));
  });

  test('OCR per batch: off leaves a scan unread, force reads a born-digital page, a bad mode is a 400', { timeout: 60_000 }, async () => {
    const off = await upload(server, ['scan-invoice-300dpi-grey.pdf'], { ocr: 'off' });
    const forced = await upload(server, ['hand-written.pdf'], { ocr: 'force', workflow: 'text_only' });
    const [offBatch, forcedBatch] = [await waitForBatch(server.url, off, 30_000), await waitForBatch(server.url, forced, 30_000)];
    assert.equal(offBatch.ocr, 'off');
    assert.equal(forcedBatch.ocr, 'force');
    const scan = (await jobsOf(server, offBatch)).get('scan-invoice-300dpi-grey.pdf')?.result;
    assert.ok(scan?.pages.every((p) => p.needs_ocr && p.ocr === undefined && p.text === ''), JSON.stringify(scan?.pages));
    const plain = (await jobsOf(server, forcedBatch)).get('hand-written.pdf')?.result;
    assert.ok(plain?.pages[0].ocr?.used, JSON.stringify(plain?.pages[0]));
    assert.match(plain.text, /written by hand/i);

    const bad = await uploadBatch(server.url, [fixture('invoice-1.pdf')], { ocr: 'sometimes' });
    assert.equal(bad.status, 400);
    assert.ok(bad.body.error?.code, JSON.stringify(bad.body));
    assert.match(bad.body.error?.message ?? '', /ocr/i);
  });

  test('cancelling during OCR frees the thread at once; the bar says which page', { timeout: 90_000 }, async () => {
    // Every page of a 40-page report by OCR: long enough to be caught in the middle.
    const batchId = await upload(server, ['report-long.pdf'], { ocr: 'force', workflow: 'text_only' });
    const deadline = Date.now() + 45_000;
    let job = (await getJson<BatchDetail>(server.url, `/api/batches/${batchId}`)).body.jobs[0];
    while (!/^ocr:[1-9]/.test(job.stage)) {
      assert.ok(Date.now() < deadline, `the job reached OCR (stage ${job.stage})`);
      await new Promise((resolve) => setTimeout(resolve, 100));
      job = (await getJson<BatchDetail>(server.url, `/api/batches/${batchId}`)).body.jobs[0];
    }
    assert.ok(job.progress > 40 && job.progress < 60, `progress ${job.progress} at ${job.stage}`);
    const cancelled = Date.now();
    assert.equal((await post(`${server.url}/api/batches/${batchId}/cancel`)).status, 200);
    // The only PDF thread is free again at once: the next document runs and completes.
    const next = await upload(server, ['invoice-2.pdf']);
    const done = await waitForBatch(server.url, next, 20_000);
    assert.equal(done.status, 'completed');
    assert.ok(Date.now() - cancelled < 10_000, `the next document finished ${Date.now() - cancelled} ms after the cancel`);
    const stopped = await waitForBatch(server.url, batchId, 5000);
    assert.equal(stopped.jobs[0].status, 'cancelled');
  });

  test('the real scan OP90.pdf is read and classified a datasheet', { skip: !existsSync(OP90) && 'no ../shared/corpus here', timeout: 360_000 }, async () => {
    const { status, body } = await uploadBatch(server.url, [{ path: OP90 }]);
    assert.equal(status, 201);
    // Eight pages, 3-5 s of CPU each; several times that when other work shares the cores.
    const batch = await waitForBatch(server.url, body.batch_id, 340_000);
    const result = (await jobsOf(server, batch)).get('OP90.pdf')?.result;
    assert.equal(batch.status, 'completed', JSON.stringify(batch.jobs[0]));
    assert.ok(result);
    assert.ok(result.pages.every((p) => p.ocr?.used), JSON.stringify(result?.pages.map((p) => p.ocr)));
    assert.match(result.text, /precision bipolar micropower operational\s+amplifier/i);
    assert.equal(result.classification?.final_category, 'datasheet');
    assert.ok(result.domain?.type === 'datasheet' && result.domain.part_numbers.includes('OP90'), JSON.stringify(result.domain).slice(0, 300));
  });
});

describe('OCR engines shared by the PDF threads', () => {
  let server: TestServer;

  before(async () => {
    await generatedCorpus();
    // Two threads, one engine: OCR_CONCURRENCY bounds the engines (about 150 MB each), not only the pages.
    server = await startServer({ env: { WORKER_CONCURRENCY: '2', OCR_CONCURRENCY: '1' } });
  });
  after(async () => {
    await server?.stop();
    await removeDataDir(server.dataDir);
  });

  const engines = async () => {
    const exposition = parseExposition(await (await fetch(`${server.url}/metrics`)).text());
    assert.equal(exposition.types.get('pdf_batch_ocr_engines'), 'gauge', 'GET /metrics reports pdf_batch_ocr_engines');
    return { running: sampleValue(exposition, 'pdf_batch_ocr_engines', { state: 'running' }), busy: sampleValue(exposition, 'pdf_batch_ocr_engines', { state: 'busy' }) };
  };

  test('two threads OCRing at once share the one engine OCR_CONCURRENCY=1 allows', { timeout: 240_000 }, async () => {
    const scans = ['scan-invoice-300dpi-grey.pdf', 'scanned-2-pages.pdf', 'scan-paper-150dpi-colour.pdf'];
    const batchId = await upload(server, scans);
    let most = 0;
    let done = false;
    const watching = (async () => {
      while (!done) {
        most = Math.max(most, (await engines()).running);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    const batch = await waitForBatch(server.url, batchId, 220_000).finally(() => (done = true));
    await watching;
    assert.equal(batch.status, 'completed', JSON.stringify(batch.jobs.map((j) => [j.filename, j.status, j.error])));
    assert.equal(most, 1, 'one engine at most, and one was made');
    for (const [file, job] of await jobsOf(server, batch)) {
      assert.ok(job.result?.pages.every((p) => p.ocr?.used && p.ocr.language === 'eng'), `${file}: ${JSON.stringify(job.result?.pages.map((p) => p.ocr))}`);
      assert.equal(job.result?.partial, false, job.result?.warnings.join('; '));
    }
    // The engine stays for the next pages until it idles (60 s), reading none now.
    assert.deepEqual(await engines(), { running: 1, busy: 0 });
  });
});

describe('OCR past the time limit', () => {
  let server: TestServer;

  before(async () => {
    await generatedCorpus();
    // Every page of 40 by OCR cannot fit in 30 s: the pipeline stops before the thread is ended. (At
    // 15 s a loaded machine read no page at all before the deadline: the test needs at least one.)
    server = await startServer({ env: { WORKER_CONCURRENCY: '1', JOB_TIMEOUT_S: '30', MAX_ATTEMPTS: '1' } });
  });
  after(async () => {
    await server?.stop();
    await removeDataDir(server.dataDir);
  });

  test('the document completes with the pages read, partial, naming the pages left unread', { timeout: 90_000 }, async () => {
    const batchId = await upload(server, ['report-long.pdf'], { ocr: 'force', workflow: 'text_only' });
    const batch = await waitForBatch(server.url, batchId, 60_000);
    const job = (await jobsOf(server, batch)).get('report-long.pdf');
    assert.equal(job?.status, 'completed', `${job?.status}: ${job?.error}`);
    const result = job.result;
    assert.ok(result?.partial);
    const read = result.pages.filter((p) => p.ocr?.used).length;
    assert.ok(read >= 1 && read < result.pages.length, `${read} of ${result.pages.length} pages read by OCR`);
    assert.ok(
      result.warnings.some((w) => /OCR stopped at the time limit \(JOB_TIMEOUT_S\): pages [\d, ]+ not read/.test(w)),
      result.warnings.join('; '),
    );
    // The pages OCR did not reach keep their own text layer.
    assert.ok(result.pages.every((p) => p.text.length > 0));
  });
});
