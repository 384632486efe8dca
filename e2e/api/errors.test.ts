// Every API error is `{ "error": { "code", "message" } }` with the status that fits (docs/api.md),
// against the real server: an unknown /api path is a JSON 404 whatever the method, a method its path
// does not take a JSON 405 with Allow, a value a field does not accept a 400 in plain words (never
// the schema library's text), and cancelling a batch that has ended a 409 whichever way it ended.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { BatchDetail } from '../../lib/schemas/batch';
import { getJson, uploadBatch, waitForBatch } from '../support/api';
import { makeTextPdf } from '../support/make-pdf';
import { removeDataDir, startServer, type TestServer } from '../support/server';

type ErrorBody = { error: { code: string; message: string } };

describe('API errors', () => {
  let server: TestServer;
  let pdf: Buffer;

  /** The answer to `method path` (with a JSON body when given), its error body parsed. */
  async function send(method: string, path: string, body?: unknown) {
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    assert.match(response.headers.get('content-type') ?? '', /application\/json/, `${method} ${path}: ${text}`);
    return { status: response.status, allow: response.headers.get('allow'), error: (JSON.parse(text) as ErrorBody).error };
  }

  before(async () => {
    pdf = await makeTextPdf(1);
    server = await startServer({ env: { WORKER_CONCURRENCY: '1', DEDUPLICATE: 'false' } });
  });
  after(async () => {
    await fetch(`${server.url}/api/queue/resume`, { method: 'POST' });
    await server?.stop();
    await removeDataDir(server.dataDir);
  });

  test('an unknown /api path is a JSON 404 for every method', async () => {
    for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']) {
      for (const path of ['/api/nope', '/api/batches/some-id/nope']) {
        const answer = await send(method, path);
        assert.equal(answer.status, 404, `${method} ${path}`);
        assert.equal(answer.error.code, 'not_found');
        assert.match(answer.error.message, /no API endpoint/);
      }
    }
  });

  test('a method its path does not take is a JSON 405 naming the allowed ones, with Allow', async () => {
    const { body } = await uploadBatch(server.url, [{ name: 'a.pdf', content: pdf }]);
    const put = await send('PUT', `/api/batches/${body.batch_id}`);
    assert.equal(put.status, 405);
    assert.equal(put.error.code, 'method_not_allowed');
    assert.match(put.error.message, /allowed: GET, PATCH, DELETE\.$/);
    assert.deepEqual(put.allow?.split(', ').sort(), ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'PATCH']);

    const del = await send('DELETE', '/api/jobs/some-job');
    assert.equal(del.status, 405);
    assert.match(del.error.message, /allowed: GET\.$/);
    assert.deepEqual(del.allow?.split(', ').sort(), ['GET', 'HEAD', 'OPTIONS']);
    // A fixed name wins over {id}, as in Next's routing: /api/jobs/bulk is its own route.
    const bulk = await send('GET', '/api/jobs/bulk');
    assert.equal(bulk.status, 405);
    assert.equal(bulk.allow, 'POST, OPTIONS');
    // The methods a route has still reach it.
    assert.equal((await fetch(`${server.url}/api/batches/${body.batch_id}`, { method: 'HEAD' })).status, 200);
    assert.equal((await fetch(`${server.url}/api/batches/${body.batch_id}`, { method: 'OPTIONS' })).status, 204);
  });

  test('a value a field does not accept is a 400 naming the field and what it accepts', async () => {
    const { body } = await uploadBatch(server.url, [{ name: 'b.pdf', content: pdf }]);
    const cases: [string, string, unknown, string][] = [
      ['PATCH', `/api/batches/${body.batch_id}`, { priority: 'high' }, 'priority must be a whole number from -100 to 100.'],
      ['PATCH', `/api/batches/${body.batch_id}`, { name: 'ok', color: 'red' }, 'Unknown field "color"; the fields are name, priority.'],
      ['GET', '/api/batches?limit=abc', undefined, 'limit must be a whole number from 1 to 100.'],
      ['GET', `/api/batches/${body.batch_id}/export?status=bogus`, undefined, 'status must be one of queued, processing, completed, failed, cancelled.'],
      ['GET', '/api/analytics?range=bogus', undefined, 'range must be one of hour, day, week.'],
    ];
    for (const [method, path, payload, message] of cases) {
      const answer = await send(method, path, payload);
      assert.equal(answer.status, 400, `${method} ${path}`);
      assert.equal(answer.error.code, 'bad_request');
      assert.equal(answer.error.message, message);
    }
  });

  test('cancelling a batch that has ended is a 409, cancelled or not', async () => {
    await fetch(`${server.url}/api/queue/pause`, { method: 'POST' });
    const cancelled = (await uploadBatch(server.url, [{ name: 'c.pdf', content: pdf }])).body.batch_id;
    assert.equal((await fetch(`${server.url}/api/batches/${cancelled}/cancel`, { method: 'POST' })).status, 200);
    const again = await send('POST', `/api/batches/${cancelled}/cancel`);
    assert.equal(again.status, 409);
    assert.equal(again.error.code, 'conflict');
    assert.match(again.error.message, /already ended \(cancelled\)/);

    const mixed = (await uploadBatch(server.url, [{ name: 'd.pdf', content: pdf }, { name: 'e.pdf', content: pdf }])).body.batch_id;
    const { body: detail } = await getJson<BatchDetail>(server.url, `/api/batches/${mixed}`);
    assert.equal((await fetch(`${server.url}/api/jobs/${detail.jobs[0].job_id}/cancel`, { method: 'POST' })).status, 200);
    await fetch(`${server.url}/api/queue/resume`, { method: 'POST' });
    assert.equal((await waitForBatch(server.url, mixed)).status, 'completed_with_errors');
    const ended = await send('POST', `/api/batches/${mixed}/cancel`);
    assert.equal(ended.status, 409);
    assert.match(ended.error.message, /already ended \(completed_with_errors\)/);
  });
});
