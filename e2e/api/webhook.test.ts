// Webhooks (WEBHOOK_URL): a local HTTP server receives the signed `batch.finished` POST; a receiver
// that fails twice gets it on the third attempt; each batch end is delivered once.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { BatchSummary } from '../../lib/schemas/batch';
import { verifySignature } from '../../lib/webhooks/sign';
import { uploadBatch, waitForBatch } from '../support/api';
import { generatedCorpus, generatedDir } from '../support/pdfs';
import { makeDataDir, removeDataDir, startServer, type TestServer } from '../support/server';

const SECRET = 'test-secret-\u00e9';
type Received = { headers: IncomingHttpHeaders; body: string; answered: number };
const received: Received[] = [];
/** Status codes to answer, in order; 200 once they run out. */
const script: number[] = [];

const receiver = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const answered = script.shift() ?? 200;
    received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), answered });
    res.writeHead(answered).end();
  });
});

let server: TestServer;
let dataDir = '';

before(async () => {
  await generatedCorpus();
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const { port } = receiver.address() as AddressInfo;
  dataDir = await makeDataDir();
  server = await startServer({
    dataDir,
    env: { WEBHOOK_URL: `http://127.0.0.1:${port}/hooks/pdf`, WEBHOOK_SECRET: SECRET, WEBHOOK_MAX_ATTEMPTS: '5' },
  });
});
after(async () => {
  await server?.stop();
  await removeDataDir(dataDir);
  receiver.close();
});

const deliveriesOf = (batchId: string) =>
  received.filter((r) => (JSON.parse(r.body) as { batch: BatchSummary }).batch.batch_id === batchId);

async function waitForDelivery(batchId: string): Promise<Received[]> {
  const deadline = Date.now() + 60_000;
  while (!deliveriesOf(batchId).some((r) => r.answered === 200)) {
    if (Date.now() > deadline) throw new Error(`no delivery for ${batchId}: ${JSON.stringify(received)}\n${server.output().slice(-2000)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return deliveriesOf(batchId);
}

test('a batch that completes is POSTed, signed; a receiver answering 500 twice gets it on the third attempt', async () => {
  script.push(500, 500);
  const { body } = await uploadBatch(server.url, [{ path: path.join(generatedDir, 'invoice-1.pdf') }], { name: 'hooked' });
  const batch = await waitForBatch(server.url, body.batch_id);
  assert.equal(batch.status, 'completed');

  const attempts = await waitForDelivery(body.batch_id);
  assert.deepEqual(attempts.map((a) => a.answered), [500, 500, 200], 'two failures, then the third attempt');
  const ids = new Set(attempts.map((a) => a.headers['x-pdf-batch-delivery']));
  assert.equal(ids.size, 1, 'one delivery id across its attempts');
  for (const attempt of attempts) {
    assert.equal(attempt.headers['content-type'], 'application/json');
    assert.equal(attempt.headers['x-pdf-batch-event'], 'batch.finished');
    const signature = attempt.headers['x-pdf-batch-signature'] as string;
    assert.equal(signature, `sha256=${createHmac('sha256', SECRET).update(attempt.body).digest('hex')}`, 'HMAC-SHA256 of the raw body');
    assert.ok(verifySignature(SECRET, attempt.body, signature));
    assert.ok(!verifySignature('wrong secret', attempt.body, signature));
  }
  const event = JSON.parse(attempts[2].body) as { event: string; batch: BatchSummary };
  assert.equal(event.event, 'batch.finished');
  assert.equal(event.batch.batch_id, body.batch_id);
  assert.equal(event.batch.name, 'hooked');
  assert.equal(event.batch.status, 'completed');
  assert.equal(event.batch.completed, 1);
  assert.equal(event.batch.finished_at, batch.finished_at);
});

test('the event carries the end status; a batch end is delivered once, even when the batch changes after it', async () => {
  const first = received.find((r) => r.answered === 200);
  const firstBatch = (JSON.parse(first?.body ?? '{}') as { batch: BatchSummary }).batch;
  // Renaming a finished batch publishes its summary again, with the same end: no new delivery.
  const renamed = await fetch(`${server.url}/api/batches/${firstBatch.batch_id}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'hooked, renamed' }),
  });
  assert.equal(renamed.status, 200);

  const { body } = await uploadBatch(server.url, [{ path: path.join(generatedDir, 'truncated.pdf') }], { name: 'broken' });
  const batch = await waitForBatch(server.url, body.batch_id);
  assert.equal(batch.status, 'failed');
  const attempts = await waitForDelivery(body.batch_id);
  assert.equal(attempts.length, 1);
  const event = JSON.parse(attempts[0].body) as { event: string; batch: BatchSummary };
  assert.equal(event.batch.status, 'failed');
  assert.equal(event.batch.failed, 1);

  assert.equal(deliveriesOf(firstBatch.batch_id).length, 3, 'the first batch was not sent again');
});
