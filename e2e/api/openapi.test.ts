// The OpenAPI document and the /docs page as the real server serves them, and the response
// schemas checked against real answers (a real invoice processed end to end), so the document
// describes what the server actually sends.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { z } from 'zod';
import { OPERATIONS } from '../../lib/openapi/paths';
import { batchDetailSchema, batchListResponseSchema, createBatchResponseSchema } from '../../lib/schemas/batch';
import { healthResponseSchema } from '../../lib/schemas/health';
import { batchResultsPageSchema, batchSummaryReportSchema, jobDetailSchema, jobListResponseSchema, queueOverviewSchema } from '../../lib/schemas/responses';
import { uploadBatch, waitForBatch } from '../support/api';
import { generatedCorpus, generatedDir } from '../support/pdfs';
import { removeDataDir, startServer, type TestServer } from '../support/server';

/** Parses with the schema and checks nothing was dropped: zod strips keys a schema does not know. */
function described<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.parse(value);
  assert.deepEqual(parsed, value);
  return parsed;
}

describe('OpenAPI and /docs', () => {
  let server: TestServer;
  const get = async (pathname: string) => {
    const response = await fetch(`${server.url}${pathname}`);
    assert.equal(response.status, 200, pathname);
    return response.json() as Promise<unknown>;
  };

  before(async () => {
    await generatedCorpus();
    server = await startServer();
  });

  after(async () => {
    await server?.stop();
    if (server) await removeDataDir(server.dataDir);
  });

  test('GET /api/openapi.json is an OpenAPI 3.1 document with every operation', async () => {
    const response = await fetch(`${server.url}/api/openapi.json`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /application\/json/);
    const doc = (await response.json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
    assert.equal(doc.openapi, '3.1.0');
    for (const op of OPERATIONS) assert.ok(doc.paths[op.path]?.[op.method], `${op.method} ${op.path}`);
  });

  test('/docs lists every endpoint with a curl example, with no external assets', async () => {
    const response = await fetch(`${server.url}/docs`);
    assert.equal(response.status, 200);
    const html = await response.text();
    for (const op of OPERATIONS) assert.ok(html.includes(`<code>${op.path}</code>`), op.path);
    assert.ok(html.includes('curl -F file=@invoice.pdf'));
    const external = [...html.matchAll(/<(?:script|link|img)\b[^>]*(?:src|href)="(https?:)?\/\/[^"]*"/g)].map((m) => m[0]);
    assert.deepEqual(external, []);
  });

  test('real answers parse with the schemas the document is made from', async () => {
    const { status, body } = await uploadBatch(server.url, [{ path: path.join(generatedDir, 'invoice-1.pdf') }, { path: path.join(generatedDir, 'truncated.pdf') }]);
    assert.equal(status, 201);
    described(createBatchResponseSchema, body);
    const batch = await waitForBatch(server.url, body.batch_id, 120_000);
    described(batchDetailSchema, batch);
    for (const job of batch.jobs) described(jobDetailSchema, await get(`/api/jobs/${job.job_id}`));
    described(batchListResponseSchema, await get('/api/batches'));
    described(jobListResponseSchema, await get(`/api/batches/${batch.batch_id}/jobs`));
    described(batchResultsPageSchema, await get(`/api/batches/${batch.batch_id}/results`));
    described(batchSummaryReportSchema, await get(`/api/batches/${batch.batch_id}/summary`));
    described(queueOverviewSchema, await get('/api/queue'));
    described(healthResponseSchema, await get('/api/health'));
    const invoice = described(jobDetailSchema, await get(`/api/jobs/${batch.jobs[0].job_id}`));
    assert.equal(invoice.result?.classification?.final_category, 'invoice');
  });
});
