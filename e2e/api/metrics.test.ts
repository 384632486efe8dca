// GET /metrics from the real server: a small batch is processed, and the counters and histogram
// move by exactly what happened (files and bytes accepted, runs, pages, events and their fan-out
// to a real Socket.IO client); the text parses as Prometheus exposition. The same run's JSON log
// lines carry batch_id and job_id, and the API requests are in the access log.
import assert from 'node:assert/strict';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../lib/events';
import type { BatchDetail } from '../../lib/schemas/batch';
import { uploadBatch, waitForBatch } from '../support/api';
import { generatedCorpus, generatedDir } from '../support/pdfs';
import { parseExposition, sampleValue, type Exposition } from '../support/prometheus';
import { removeDataDir, startServer, type TestServer } from '../support/server';

const ORIGINALS = ['invoice-1.pdf', 'datasheet-1.pdf', 'contract-1.pdf'];

async function scrape(server: TestServer): Promise<Exposition> {
  const response = await fetch(`${server.url}/metrics`);
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type') ?? '', /^text\/plain; version=0\.0\.4/);
  return parseExposition(await response.text());
}

type LogLine = { level: number; msg: string; batch_id?: string; job_id?: string; worker_id?: string; [key: string]: unknown };

const logLines = (server: TestServer): LogLine[] =>
  server
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as LogLine);

describe('metrics and logs of a processed batch', () => {
  let server: TestServer;
  let socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  let batch: BatchDetail;
  let before0: Exposition;
  let after1: Exposition;
  let listEventsReceived = 0;
  const accepted = [...ORIGINALS.map((f) => path.join(generatedDir, f)), path.join(generatedDir, 'invoice-1.pdf')];

  before(async () => {
    await generatedCorpus();
    server = await startServer({ env: { LOG_LEVEL: 'info', WORKER_ID: 'metrics-node' } });
    before0 = await scrape(server);

    socket = io(server.url, { transports: ['websocket'] });
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    socket.on('batches:update', () => listEventsReceived++);
    await socket.emitWithAck('batches:subscribe');

    const files = [
      ...ORIGINALS.map((f) => ({ path: path.join(generatedDir, f) })),
      { path: path.join(generatedDir, 'invoice-1.pdf'), name: 'copy-of-invoice.pdf' },
      { name: 'not-a-pdf.pdf', content: '<html><body>hello</body></html>' },
    ];
    const { status, body } = await uploadBatch(server.url, files, { name: 'metrics' });
    assert.equal(status, 201);
    batch = await waitForBatch(server.url, body.batch_id, 120_000);
    // Quiet: the batch's last coalesced summary has reached the client and nothing else is coming.
    let seen = -1;
    while (seen !== listEventsReceived) {
      seen = listEventsReceived;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    after1 = await scrape(server);
  });

  after(async () => {
    socket?.disconnect();
    await server?.stop();
    if (server) await removeDataDir(server.dataDir);
  });

  const delta = (name: string, labels: Record<string, string> = {}) => sampleValue(after1, name, labels) - sampleValue(before0, name, labels);

  test('the batch ended as expected: three processed, one copy, one refused', () => {
    assert.equal(batch.status, 'completed_with_errors');
    assert.equal(batch.completed, 4);
    assert.equal(batch.failed, 1);
    assert.equal(batch.jobs.filter((j) => j.duplicate_of).length, 1);
  });

  test('the text is Prometheus exposition, with our families and the process metrics', () => {
    const expected: Record<string, string> = {
      pdf_batch_jobs: 'gauge',
      pdf_batch_queue_depth: 'gauge',
      pdf_batch_queue_paused: 'gauge',
      pdf_batch_database_up: 'gauge',
      pdf_batch_worker_threads: 'gauge',
      pdf_batch_job_processing_seconds: 'histogram',
      pdf_batch_pages_processed_total: 'counter',
      pdf_batch_upload_bytes_total: 'counter',
      pdf_batch_upload_files_total: 'counter',
      pdf_batch_events_emitted_total: 'counter',
      pdf_batch_event_deliveries_total: 'counter',
      process_resident_memory_bytes: 'gauge',
      nodejs_heap_size_used_bytes: 'gauge',
      nodejs_eventloop_lag_seconds: 'gauge',
    };
    for (const [name, type] of Object.entries(expected)) assert.equal(after1.types.get(name), type, name);
    assert.ok(sampleValue(after1, 'process_resident_memory_bytes') > 10 * 1024 * 1024);
    assert.ok(sampleValue(after1, 'nodejs_heap_size_used_bytes') > 0);
  });

  test('uploads: the bytes and the files accepted (the copy included) and refused', async () => {
    const sizes = await Promise.all(accepted.map(async (file) => (await stat(file)).size));
    assert.equal(delta('pdf_batch_upload_bytes_total', { source: 'upload' }), sizes.reduce((a, b) => a + b, 0));
    assert.equal(delta('pdf_batch_upload_files_total', { source: 'upload', outcome: 'accepted' }), 4);
    assert.equal(delta('pdf_batch_upload_files_total', { source: 'upload', outcome: 'rejected' }), 1);
  });

  test('runs: one histogram observation per processed document, pages counted once (not for the copy)', () => {
    const labels = { workflow: 'full_extraction', outcome: 'completed' };
    assert.equal(delta('pdf_batch_job_processing_seconds_count', labels), ORIGINALS.length);
    assert.ok(delta('pdf_batch_job_processing_seconds_sum', labels) > 0);
    assert.equal(delta('pdf_batch_job_processing_seconds_bucket', { ...labels, le: '+Inf' }), ORIGINALS.length);
    const buckets = after1.samples.filter((s) => s.name === 'pdf_batch_job_processing_seconds_bucket' && s.labels.outcome === 'completed');
    for (let i = 1; i < buckets.length; i++) assert.ok(buckets[i].value >= buckets[i - 1].value, 'buckets are cumulative');
    assert.equal(delta('pdf_batch_job_processing_seconds_count', { workflow: 'full_extraction', outcome: 'failed' }), 0);

    const pages = batch.jobs.filter((j) => j.status === 'completed' && !j.duplicate_of).reduce((sum, j) => sum + (j.pages ?? 0), 0);
    assert.ok(pages >= ORIGINALS.length);
    assert.equal(delta('pdf_batch_pages_processed_total', { workflow: 'full_extraction' }), pages);
  });

  test('gauges read from the database at scrape time', () => {
    assert.equal(sampleValue(after1, 'pdf_batch_jobs', { status: 'completed' }), 4);
    assert.equal(sampleValue(after1, 'pdf_batch_jobs', { status: 'failed' }), 1);
    assert.equal(sampleValue(after1, 'pdf_batch_jobs', { status: 'queued' }), 0);
    assert.equal(sampleValue(after1, 'pdf_batch_jobs', { status: 'processing' }), 0);
    assert.equal(sampleValue(after1, 'pdf_batch_queue_depth'), 0);
    assert.equal(sampleValue(after1, 'pdf_batch_queue_paused'), 0);
    assert.equal(sampleValue(after1, 'pdf_batch_database_up'), 1);
    assert.equal(sampleValue(after1, 'pdf_batch_worker_threads', { state: 'configured' }), 2);
    assert.equal(sampleValue(after1, 'pdf_batch_worker_threads', { state: 'busy' }), 0);
  });

  test('events: each published once, and the fan-out is what the one list subscriber received', () => {
    assert.ok(listEventsReceived >= 2, `the list subscriber got ${listEventsReceived} events`);
    assert.equal(delta('pdf_batch_events_emitted_total', { event: 'batches:update' }), listEventsReceived);
    assert.equal(delta('pdf_batch_event_deliveries_total', { event: 'batches:update' }), listEventsReceived);
    // Job events go to the batch's room, which nobody joined: published, delivered to no one.
    assert.ok(delta('pdf_batch_events_emitted_total', { event: 'job:update' }) >= ORIGINALS.length);
    assert.equal(delta('pdf_batch_event_deliveries_total', { event: 'job:update' }), 0);
  });

  test('log lines about the batch and its jobs carry batch_id, job_id and the worker id', () => {
    const lines = logLines(server);
    assert.ok(lines.every((l) => l.worker_id === 'metrics-node'), 'every line has the WORKER_ID');
    assert.ok(lines.filter((l) => l.job_id).every((l) => l.batch_id), 'a line with a job_id has its batch_id');
    const ofBatch = lines.filter((l) => l.batch_id === batch.batch_id);
    assert.equal(ofBatch.filter((l) => l.msg === 'batch created').length, 1);
    const completed = new Set(ofBatch.filter((l) => l.msg === 'job completed').map((l) => l.job_id));
    const processed = batch.jobs.filter((j) => j.status === 'completed' && !j.duplicate_of).map((j) => j.job_id);
    assert.deepEqual([...completed].sort(), processed.sort());
    const refused = batch.jobs.find((j) => j.status === 'failed');
    assert.ok(ofBatch.some((l) => l.msg === 'file refused at upload' && l.job_id === refused?.job_id));
  });

  test('the access log has one info line per API request, and none at info for pages', async () => {
    await (await fetch(`${server.url}/batch`)).text();
    await (await fetch(`${server.url}/api/batches/${batch.batch_id}`)).text();
    const requests = () => logLines(server).filter((l) => l.msg === 'request');
    for (let i = 0; i < 50 && !requests().some((l) => l.path === `/api/batches/${batch.batch_id}`); i++) await new Promise((r) => setTimeout(r, 100));
    const lines = requests();
    const upload = lines.filter((l) => l.method === 'POST' && l.path === '/api/batches');
    assert.equal(upload.length, 1);
    assert.equal(upload[0].status, 201);
    assert.equal(typeof upload[0].ms, 'number');
    assert.ok(lines.some((l) => l.method === 'GET' && l.path === `/api/batches/${batch.batch_id}` && l.status === 200));
    assert.ok(lines.every((l) => l.level === 30 && String(l.path).startsWith('/api/')), 'only API calls at info');
    assert.ok(!lines.some((l) => l.path === '/metrics' || l.path === '/api/health'), 'probes are not logged at info');
  });
});

describe('METRICS_ENABLED=false', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer({ env: { METRICS_ENABLED: 'false', WORKER_CONCURRENCY: '0' } });
  });
  after(async () => {
    await server?.stop();
    if (server) await removeDataDir(server.dataDir);
  });

  test('/metrics answers 404 with the reason', async () => {
    const response = await fetch(`${server.url}/metrics`);
    assert.equal(response.status, 404);
    const body = (await response.json()) as { error: { code: string; message: string } };
    assert.equal(body.error.code, 'not_found');
    assert.match(body.error.message, /METRICS_ENABLED/);
  });
});
