// The batch API against the real server: upload real PDFs, wait for processing, read results,
// and the errors a client can cause.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { JobDetail } from '../../lib/jobs/get-job';
import type { BatchDetail, BatchListResponse } from '../../lib/schemas/batch';
import type { HealthResponse } from '../../lib/schemas/health';
import { getJson, uploadBatch, waitForBatch } from '../support/api';
import { testBackend } from '../support/database';
import { generatedCorpus, generatedDir, SHIPPED_PDFS, type ManifestEntry } from '../support/pdfs';
import { removeDataDir, startServer, type TestServer } from '../support/server';

type ErrorBody = { error: { code: string; message: string } };

describe('batches API', () => {
  let server: TestServer;
  let corpus: ManifestEntry[];

  before(async () => {
    corpus = await generatedCorpus();
    server = await startServer();
  });
  after(async () => {
    await server?.stop();
    await removeDataDir(server.dataDir);
  });

  test('health reports the database, the queue and the workers', async () => {
    const { status, body } = await getJson<HealthResponse>(server.url, '/api/health');
    assert.equal(status, 200);
    assert.equal(body.status, 'ok');
    assert.equal(body.database.ok, true);
    assert.equal(body.database.provider, testBackend());
    assert.deepEqual(body.reasons, []);
    assert.equal(body.workers.concurrency, 2);
    assert.equal(typeof body.queue.queued, 'number');
  });

  test('a batch of real PDFs is processed to the end, and files that are not PDFs fail with the reason', async () => {
    const valid = corpus.filter((e) => e.expect === 'ok' && e.pages !== null && e.pages <= 20).slice(0, 8);
    assert.equal(valid.length, 8, 'the generated corpus has 8 small valid PDFs');
    const files = [
      ...SHIPPED_PDFS.map((p) => ({ path: p })),
      ...valid.map((e) => ({ path: path.join(generatedDir, e.file) })),
      { name: 'invoice.pdf', content: '<!DOCTYPE html><html><body>Not a PDF</body></html>' },
      { name: 'empty.pdf', content: '' },
    ];
    const { status, body } = await uploadBatch(server.url, files, { name: 'Integration batch', workflow: 'full_extraction' });
    assert.equal(status, 201, JSON.stringify(body));
    assert.equal(body.name, 'Integration batch');
    assert.equal(body.total_files, files.length);
    assert.deepEqual(
      body.rejected.map((r) => r.filename),
      ['invoice.pdf', 'empty.pdf'],
    );
    assert.match(body.rejected[0].error, /not a PDF.*HTML/);
    assert.match(body.rejected[1].error, /empty/);

    const batch = await waitForBatch(server.url, body.batch_id);
    assert.equal(batch.status, 'completed_with_errors');
    assert.equal(batch.progress, 100);
    assert.equal(batch.completed, files.length - 2);
    assert.equal(batch.failed, 2);
    assert.ok(batch.finished_at && batch.started_at);
    assert.deepEqual(
      batch.jobs.map((j) => j.filename),
      files.map((f) => ('path' in f ? path.basename(f.path) : f.name)),
      'jobs keep upload order',
    );

    for (const job of batch.jobs.filter((j) => j.status === 'failed')) {
      assert.equal(job.error_type, 'validation_error');
      assert.ok(job.error);
    }
    for (const entry of valid) {
      const job = batch.jobs.find((j) => j.filename === entry.file);
      assert.ok(job, entry.file);
      assert.equal(job.status, 'completed', `${entry.file}: ${job.error}`);
      assert.equal(job.progress, 100);
      assert.equal(job.stage, 'saved');
      assert.equal(job.attempts, 1);
      assert.equal(job.pages, entry.pages, `${entry.file} page count`);
      assert.ok(job.processing_ms !== null && job.processing_ms >= 0);

      const detail = await getJson<JobDetail>(server.url, `/api/jobs/${job.job_id}`);
      assert.equal(detail.status, 200);
      const result = detail.body.result;
      assert.ok(result, 'a completed job has a result');
      assert.equal(result.metadata.page_count, entry.pages);
      assert.equal(result.pages.length, entry.pages);
      assert.ok(result.pages.every((p, i) => p.number === i + 1 && p.width > 0 && p.height > 0));
    }
    const shipped = batch.jobs.find((j) => j.filename === 'libtasn1.pdf');
    if (shipped) {
      const { body: detail } = await getJson<JobDetail>(server.url, `/api/jobs/${shipped.job_id}`);
      assert.match(detail.result?.text ?? '', /ASN\.1/);
      assert.equal(detail.result?.metadata.producer, 'pdfTeX-1.40.24');
    }

    const failedOnly = await getJson<{ jobs: BatchDetail['jobs'] }>(server.url, `/api/batches/${body.batch_id}/jobs?status=failed`);
    assert.deepEqual(
      failedOnly.body.jobs.map((j) => j.filename),
      ['invoice.pdf', 'empty.pdf'],
    );
  });

  test('broken and protected PDFs fail with their error type while the rest of the batch goes on', async () => {
    const broken = corpus.filter((e) => e.expect === 'validation_error' || e.expect === 'processing_error');
    assert.ok(broken.length >= 3, 'the corpus has broken PDFs');
    const good = corpus.find((e) => e.expect === 'ok' && e.pages === 1);
    assert.ok(good);
    const entries = [...broken, good];
    const { status, body } = await uploadBatch(server.url, entries.map((e) => ({ path: path.join(generatedDir, e.file) })));
    assert.equal(status, 201, JSON.stringify(body));
    const batch = await waitForBatch(server.url, body.batch_id);
    for (const entry of entries) {
      const job = batch.jobs.find((j) => j.filename === entry.file);
      assert.ok(job, entry.file);
      if (entry.expect === 'ok') {
        assert.equal(job.status, 'completed', entry.file);
      } else {
        assert.equal(job.status, 'failed', entry.file);
        assert.equal(job.error_type, entry.expect, `${entry.file}: ${job.error}`);
        assert.ok(job.error && !job.error.includes('    at '), 'the message is for a person, not a stack trace');
      }
    }
  });

  test('errors a client can cause are JSON with a code and a message', async () => {
    const missingBatch = await getJson<ErrorBody>(server.url, '/api/batches/does-not-exist');
    assert.equal(missingBatch.status, 404);
    assert.equal(missingBatch.body.error.code, 'not_found');

    const missingJob = await getJson<ErrorBody>(server.url, '/api/jobs/does-not-exist');
    assert.equal(missingJob.status, 404);

    const badLimit = await getJson<ErrorBody>(server.url, '/api/batches?limit=0');
    assert.equal(badLimit.status, 400);
    assert.equal(badLimit.body.error.code, 'bad_request');

    const noFiles = await uploadBatch(server.url, [], { name: 'nothing' });
    assert.equal(noFiles.status, 400);
    assert.equal(noFiles.body.error?.code, 'no_files');

    const onlyBad = await uploadBatch(server.url, [{ name: 'a.pdf', content: 'hello' }]);
    assert.equal(onlyBad.status, 400);
    assert.equal(onlyBad.body.error?.code, 'no_valid_files');
    assert.match(onlyBad.body.error?.message ?? '', /a\.pdf/);

    const badWorkflow = await uploadBatch(server.url, [{ path: SHIPPED_PDFS[0] ?? path.join(generatedDir, corpus[0].file) }], { workflow: 'nope' });
    assert.equal(badWorkflow.status, 400);
    assert.match(badWorkflow.body.error?.message ?? '', /workflow/);

    const json = await fetch(`${server.url}/api/batches`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    assert.equal(json.status, 415);
    assert.equal(((await json.json()) as ErrorBody).error.code, 'unsupported_media_type');

    const noBoundary = await fetch(`${server.url}/api/batches`, { method: 'POST', headers: { 'content-type': 'multipart/form-data' }, body: 'x' });
    assert.equal(noBoundary.status, 400);
    assert.equal(((await noBoundary.json()) as ErrorBody).error.code, 'invalid_multipart');
  });

  test('the list is newest first and pages with a cursor', async () => {
    const pdf = { path: path.join(generatedDir, corpus.find((e) => e.expect === 'ok')!.file) };
    const names = ['page-a', 'page-b', 'page-c'];
    for (const name of names) assert.equal((await uploadBatch(server.url, [pdf], { name })).status, 201);
    const first = await getJson<BatchListResponse>(server.url, '/api/batches?limit=2');
    assert.equal(first.status, 200);
    assert.deepEqual(first.body.batches.map((b) => b.name), ['page-c', 'page-b']);
    assert.ok(first.body.total >= 3);
    assert.ok(first.body.next_cursor);
    const second = await getJson<BatchListResponse>(server.url, `/api/batches?limit=2&cursor=${first.body.next_cursor}`);
    assert.equal(second.body.batches[0].name, 'page-a');
  });
});
