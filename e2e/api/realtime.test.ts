// Live updates over Socket.IO from the real server: a subscriber gets the snapshot, then every
// job's stages in order up to 100, and the batch's end; the Queue card's counts are pushed.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { io, type Socket } from 'socket.io-client';
import type { BatchesChange, ClientToServerEvents, QueueSubscribeAck, ServerToClientEvents, SubscribeAck } from '../../lib/events';
import type { BatchSummary, JobSummary } from '../../lib/schemas/batch';
import type { QueueOverview } from '../../lib/schemas/queue';
import { uploadBatch } from '../support/api';
import { makeTextPdf } from '../support/make-pdf';
import { generatedCorpus, generatedDir, SHIPPED_PDFS } from '../support/pdfs';
import { removeDataDir, startServer, type TestServer } from '../support/server';

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

let server: TestServer;
let socket: ClientSocket;

before(async () => {
  server = await startServer();
  socket = io(server.url, { transports: ['websocket'] });
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
});
after(async () => {
  socket?.disconnect();
  await server?.stop();
  await removeDataDir(server.dataDir);
});

test('subscribing to an unknown batch answers with an error', async () => {
  const reply = await socket.emitWithAck('batch:subscribe', 'no-such-batch');
  assert.deepEqual(reply.ok, false);
  assert.equal(!reply.ok && reply.error.code, 'not_found');
});

test('a subscriber sees every job move through its stages to 100 and the batch complete', async () => {
  const corpus = await generatedCorpus();
  // A dense 150-page document runs long enough for its stages to be written one by one; short
  // documents go from started to saved (stages are written from 300 ms after the claim on).
  const files = [...SHIPPED_PDFS, ...corpus.filter((e) => e.expect === 'ok').slice(0, 4).map((e) => path.join(generatedDir, e.file))];
  const longPdf = { name: 'long.pdf', content: await makeTextPdf(150) };

  const listChanges: BatchesChange[] = [];
  socket.on('batches:update', (change) => listChanges.push(change));
  await socket.emitWithAck('batches:subscribe');

  const jobEvents = new Map<string, JobSummary[]>();
  const batchEvents: BatchSummary[] = [];
  socket.on('job:update', (job) => jobEvents.set(job.job_id, [...(jobEvents.get(job.job_id) ?? []), job]));
  socket.on('batch:update', (batch) => batchEvents.push(batch));

  const { body } = await uploadBatch(server.url, [...files.map((p) => ({ path: p })), longPdf]);
  const snapshot: SubscribeAck = await socket.emitWithAck('batch:subscribe', body.batch_id);
  assert.ok(snapshot.ok);
  assert.equal(snapshot.batch.jobs.length, files.length + 1);

  const done = await new Promise<BatchSummary>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no completed batch:update; got ${JSON.stringify(batchEvents.at(-1))}`)), 60_000);
    const check = (batch: BatchSummary) => {
      if (batch.batch_id === body.batch_id && batch.status === 'completed') {
        clearTimeout(timer);
        resolve(batch);
      }
    };
    batchEvents.forEach(check);
    socket.on('batch:update', check);
  });
  assert.equal(done.progress, 100);
  assert.equal(done.completed, files.length + 1);

  // Every job: the updates that arrived after the snapshot carry growing seq and progress, and end at 100.
  for (const job of snapshot.batch.jobs) {
    const seen = [job, ...(jobEvents.get(job.job_id) ?? []).filter((e) => e.seq > job.seq)];
    const last = seen.at(-1)!;
    assert.equal(last.status, 'completed', `${job.filename} ends completed`);
    assert.equal(last.progress, 100);
    for (let i = 1; i < seen.length; i++) {
      assert.ok(seen[i].seq > seen[i - 1].seq, 'seq grows');
      assert.ok(seen[i].progress >= seen[i - 1].progress, 'progress never goes back');
    }
  }
  const stages = new Set([...jobEvents.values()].flat().map((e) => e.stage));
  for (const stage of ['started', 'saved']) assert.ok(stages.has(stage), `stage ${stage} was published`);
  const long = snapshot.batch.jobs.find((j) => j.filename === 'long.pdf')!;
  const longStages = (jobEvents.get(long.job_id) ?? []).map((e) => e.stage);
  assert.ok(longStages.some((s) => s === 'loaded' || s === 'extracted' || s === 'analysed'), `a long document shows its stages: ${longStages}`);

  // Summaries are monotonic in seq; the list room heard of the new batch and of its end.
  for (let i = 1; i < batchEvents.length; i++) assert.ok(batchEvents[i].seq >= batchEvents[i - 1].seq);
  assert.ok(listChanges.some((c) => c.type === 'created' && c.batch.batch_id === body.batch_id));
  // The list room hears the end in its own message, which may arrive just after the batch room's.
  const listHeardEnd = () => listChanges.some((c) => c.type === 'updated' && c.batch.batch_id === body.batch_id && c.batch.status === 'completed');
  // On Postgres it travels through the adapter's NOTIFY: on a busy CI machine that took over 2 s.
  for (let i = 0; i < 200 && !listHeardEnd(); i++) await new Promise((r) => setTimeout(r, 50));
  assert.ok(listHeardEnd(), 'the list room heard that the batch completed');
});

test('the Queue card is pushed its counts: at subscribe, after jobs end, and at most about once a second', async () => {
  const watcher: ClientSocket = io(server.url, { transports: ['websocket'] });
  const bystander: ClientSocket = io(server.url, { transports: ['websocket'] });
  try {
    await Promise.all([watcher, bystander].map((s) => new Promise<void>((resolve) => s.once('connect', () => resolve()))));
    const pushes: QueueOverview[] = [];
    let bystanderHeard = 0;
    watcher.on('queue:counts', (overview) => pushes.push(overview));
    bystander.on('queue:counts', () => bystanderHeard++);

    const first: QueueSubscribeAck = await watcher.emitWithAck('queue:subscribe');
    assert.ok(first.ok);
    const started = Date.now();
    const pdfs = await Promise.all([2, 3, 4, 5, 6].map((pages) => makeTextPdf(pages)));
    await uploadBatch(server.url, pdfs.map((content, i) => ({ name: `q${i}.pdf`, content })));

    const ended = (o: QueueOverview) => o.counts.completed === first.queue.counts.completed + pdfs.length && o.counts.queued === 0 && o.counts.processing === 0;
    for (let i = 0; i < 200 && !pushes.some(ended); i++) await new Promise((r) => setTimeout(r, 50));
    assert.ok(pushes.some(ended), `a push shows the five jobs completed; got ${JSON.stringify(pushes.at(-1))}`);
    const seconds = (Date.now() - started) / 1000;
    assert.ok(pushes.length <= Math.ceil(seconds) + 2, `${pushes.length} pushes in ${seconds.toFixed(1)} s`);
    for (let i = 1; i < pushes.length; i++) assert.ok(pushes[i].read_at >= pushes[i - 1].read_at, 'pushes leave in the order they were read');
    assert.ok(pushes[0].read_at >= first.queue.read_at);
    assert.equal(bystanderHeard, 0, 'a client that did not subscribe hears no counts');

    // Unsubscribed, the watcher hears no more.
    watcher.emit('queue:unsubscribe');
    await new Promise((r) => setTimeout(r, 1500)); // a push already on its way may still arrive
    const heard = pushes.length;
    await uploadBatch(server.url, [{ name: 'after.pdf', content: pdfs[0] }]);
    await new Promise((r) => setTimeout(r, 2500));
    assert.equal(pushes.length, heard);
  } finally {
    watcher.disconnect();
    bystander.disconnect();
  }
});
