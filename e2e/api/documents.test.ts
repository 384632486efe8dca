// Single-document mode against the real server: POST /api/documents with a real PDF waits for
// and returns its result; refused uploads are JSON errors; a paused queue shows the 202 path
// (the time limit runs out, Location says where to poll) without depending on timing.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { BatchDetail } from '../../lib/schemas/batch';
import { documentResponseSchema, type DocumentResponse } from '../../lib/schemas/document';
import type { JobDetail } from '../../lib/jobs/get-job';
import { getJson } from '../support/api';
import { generatedCorpus, generatedDir } from '../support/pdfs';
import { removeDataDir, startServer, type TestServer } from '../support/server';

type ErrorBody = { error: { code: string; message: string } };

async function formWith(files: { field?: string; name: string; content: Buffer }[], fields: Record<string, string> = {}): Promise<FormData> {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  for (const f of files) form.append(f.field ?? 'file', new Blob([new Uint8Array(f.content)], { type: 'application/pdf' }), f.name);
  return form;
}

const pdf = (name: string) => readFile(path.join(generatedDir, name));

describe('POST /api/documents', () => {
  let server: TestServer;
  const post = (query: string, body: BodyInit, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/api/documents${query}`, { method: 'POST', body, headers });

  before(async () => {
    await generatedCorpus();
    server = await startServer();
  });

  after(async () => {
    await server?.stop();
    if (server) await removeDataDir(server.dataDir);
  });

  test('wait=true answers with the result: invoice-1.pdf is an invoice', async () => {
    const response = await post('?wait=true&timeout=120', await formWith([{ name: 'invoice-1.pdf', content: await pdf('invoice-1.pdf') }]));
    const body = (await response.json()) as DocumentResponse;
    assert.equal(response.status, 200, JSON.stringify(body));
    assert.equal(body.status, 'completed');
    assert.equal(body.done, true);
    assert.equal(body.job.filename, 'invoice-1.pdf');
    assert.equal(body.result?.classification?.final_category, 'invoice');
    assert.equal(body.result?.domain?.type, 'invoice');
    assert.equal(body.poll_url, `/api/jobs/${body.job_id}`);
    assert.deepEqual(documentResponseSchema.parse(body), body, 'the answer is what the OpenAPI schema says, no more');

    // It is a one-file batch named after the file, at the highest priority, visible like any batch.
    const { body: batch } = await getJson<BatchDetail>(server.url, `/api/batches/${body.batch_id}`);
    assert.equal(batch.name, 'invoice-1.pdf');
    assert.equal(batch.priority, 100);
    assert.equal(batch.status, 'completed');
    assert.deepEqual(batch.jobs.map((j) => j.job_id), [body.job_id]);
  });

  test('the workflow field is honoured', async () => {
    const form = await formWith([{ name: 'datasheet-1.pdf', content: await pdf('datasheet-1.pdf') }], { workflow: 'text_only' });
    const response = await post('?wait=true&timeout=120', form);
    const body = (await response.json()) as DocumentResponse;
    assert.equal(response.status, 200, JSON.stringify(body));
    assert.equal(body.result?.workflow, 'text_only');
    assert.equal(body.result?.classification, undefined);
  });

  test('the ocr field is the batch\'s OCR setting', async () => {
    const form = await formWith([{ name: 'invoice-3.pdf', content: await pdf('invoice-3.pdf') }], { ocr: 'off' });
    const response = await post('', form);
    const body = (await response.json()) as DocumentResponse;
    assert.equal(response.status, 202, JSON.stringify(body));
    const batch = (await (await fetch(`${server.url}/api/batches/${body.batch_id}`)).json()) as BatchDetail;
    assert.equal(batch.ocr, 'off');
    const wrong = await post('', await formWith([{ name: 'invoice-3.pdf', content: await pdf('invoice-3.pdf') }], { ocr: 'sometimes' }));
    assert.equal(wrong.status, 400);
    assert.match(((await wrong.json()) as ErrorBody).error.message, /auto|off|force/);
  });

  test('a broken PDF ends failed, with the reason, still as a 200 with done: true', async () => {
    const response = await post('?wait=true&timeout=120', await formWith([{ name: 'truncated.pdf', content: await pdf('truncated.pdf') }]));
    const body = (await response.json()) as DocumentResponse;
    assert.equal(response.status, 200, JSON.stringify(body));
    assert.equal(body.status, 'failed');
    assert.ok(body.job.error_type, JSON.stringify(body.job));
    assert.ok(body.job.error);
  });

  test('refused uploads are JSON errors', async () => {
    const notPdf = await post('?wait=true', await formWith([{ name: 'notes.pdf', content: Buffer.from('just some text, not a PDF') }]));
    assert.equal(notPdf.status, 400);
    const notPdfBody = (await notPdf.json()) as ErrorBody;
    assert.equal(notPdfBody.error.code, 'no_valid_files');
    assert.match(notPdfBody.error.message, /not a PDF/);

    const missing = await post('', await formWith([], { workflow: 'classify' }));
    assert.equal(missing.status, 400);
    assert.equal(((await missing.json()) as ErrorBody).error.code, 'no_files');

    const content = await pdf('invoice-2.pdf');
    const two = await post('', await formWith([{ name: 'a.pdf', content }, { name: 'b.pdf', content }]));
    assert.equal(two.status, 400);
    assert.match(((await two.json()) as ErrorBody).error.message, /one file/);

    const json = await post('', JSON.stringify({ file: 'x' }), { 'content-type': 'application/json' });
    assert.equal(json.status, 415);
    assert.equal(((await json.json()) as ErrorBody).error.code, 'unsupported_media_type');

    const tooLong = await post('?wait=true&timeout=301', await formWith([{ name: 'invoice-2.pdf', content }]));
    assert.equal(tooLong.status, 400);
    assert.match(((await tooLong.json()) as ErrorBody).error.message, /300/);

    const workflow = await post('', await formWith([{ name: 'invoice-2.pdf', content }], { workflow: 'everything' }));
    assert.equal(workflow.status, 400);
  });

  test('when the time runs out the answer is 202 with the job and where to poll; without wait it is 202 at once', async () => {
    // A paused queue makes "not done in time" certain, whatever the machine's speed.
    assert.equal((await fetch(`${server.url}/api/queue/pause`, { method: 'POST' })).status, 200);
    try {
      const response = await post('?wait=true&timeout=1', await formWith([{ name: 'invoice-3.pdf', content: await pdf('invoice-3.pdf') }]));
      const body = (await response.json()) as DocumentResponse;
      assert.equal(response.status, 202, JSON.stringify(body));
      assert.equal(body.status, 'queued');
      assert.equal(body.done, false);
      assert.equal(body.result, null);
      assert.equal(response.headers.get('location'), `/api/jobs/${body.job_id}`);

      const at = await post('', await formWith([{ name: 'invoice-4.pdf', content: await pdf('invoice-4.pdf') }]));
      const atOnce = (await at.json()) as DocumentResponse;
      assert.equal(at.status, 202);
      assert.equal(atOnce.status, 'queued');

      assert.equal((await fetch(`${server.url}/api/queue/resume`, { method: 'POST' })).status, 200);
      for (const id of [body.job_id, atOnce.job_id]) {
        const deadline = Date.now() + 120_000;
        let job: JobDetail;
        for (;;) {
          job = (await getJson<JobDetail>(server.url, `/api/jobs/${id}`)).body;
          if (job.status === 'completed' || Date.now() > deadline) break;
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
        assert.equal(job.status, 'completed', JSON.stringify(job));
        assert.equal(job.result?.classification?.final_category, 'invoice');
      }
    } finally {
      await fetch(`${server.url}/api/queue/resume`, { method: 'POST' });
    }
  });
});
