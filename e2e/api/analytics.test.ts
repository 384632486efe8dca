// GET /api/analytics against the real server, on SQLite and on Postgres: thousands of jobs seeded
// into its database, and every figure checked against what the seeded rows say (counts per
// interval, failure rates, percentiles, document types, queue), plus one real batch's own run.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Analytics } from '../../lib/schemas/analytics';
import { getJson, uploadBatch, waitForBatch } from '../support/api';
import { testDatabaseUrl } from '../support/database';
import { makeTextPdf } from '../support/make-pdf';
import { generateJobs, seedJobs, type Seeded, type SeededJob } from '../support/seed-jobs';
import { removeDataDir, startServer, type TestServer } from '../support/server';

type ErrorBody = { error: { code: string; message: string } };
const HOUR = 3_600_000;

/** Nearest-rank percentile, as the server computes it. */
function percentile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)];
}

describe('analytics API', () => {
  let server: TestServer;
  let seed: Seeded;
  const seededAt = new Date(Math.floor(Date.now() / 60_000) * 60_000 - 60_000);

  before(async () => {
    server = await startServer({ env: { WORKER_CONCURRENCY: '1' } });
    seed = generateJobs({ jobs: 4000, batches: 8, spanMs: 20 * HOUR, now: seededAt, seed: 11 });
    await seedJobs(await testDatabaseUrl(server.dataDir), seed);
  });
  after(async () => {
    await server?.stop();
    await removeDataDir(server.dataDir);
  });

  test('a day up to a given time: totals, failures, percentiles and document types are the data\'s', async () => {
    const from = new Date(seededAt.getTime() - 24 * HOUR);
    const { status, body } = await getJson<Analytics>(server.url, `/api/analytics?from=${from.toISOString()}&to=${seededAt.toISOString()}`);
    assert.equal(status, 200, JSON.stringify(body));
    const ended = (j: SeededJob) => j.finishedAt !== null && j.finishedAt >= from && j.finishedAt < seededAt;
    const completed = seed.jobs.filter((j) => ended(j) && j.status === 'completed');
    const failed = seed.jobs.filter((j) => ended(j) && j.status === 'failed');
    assert.equal(body.totals.completed, completed.length);
    assert.equal(body.totals.failed, failed.length);
    assert.equal(body.totals.documents, completed.length + failed.length);
    assert.equal(body.totals.cancelled, seed.jobs.filter((j) => ended(j) && j.status === 'cancelled').length);
    assert.equal(body.totals.pages, completed.reduce((s, j) => s + (j.pages ?? 0), 0));
    assert.equal(body.totals.failure_rate, Math.round((failed.length / (completed.length + failed.length)) * 10_000) / 10_000);

    for (const type of ['timeout', 'processing_error', 'validation_error'] as const) {
      const count = failed.filter((j) => j.errorType === type).length;
      assert.equal(body.failures.find((f) => f.error_type === type)?.count ?? 0, count, type);
    }
    const perPage = completed.map((j) => j.processingMs! / j.pages! / 1000);
    assert.equal(body.seconds_per_page.samples, completed.length);
    assert.ok(Math.abs(body.seconds_per_page.median! - percentile(perPage, 0.5)) < 0.001, `median ${body.seconds_per_page.median} vs ${percentile(perPage, 0.5)}`);
    assert.ok(Math.abs(body.seconds_per_page.p95! - percentile(perPage, 0.95)) < 0.001, `p95 ${body.seconds_per_page.p95} vs ${percentile(perPage, 0.95)}`);
    const started = seed.jobs.filter((j) => j.startedAt && j.startedAt >= from && j.startedAt < seededAt);
    assert.equal(body.wait_s.samples, started.length);
    const waits = started.map((j) => (j.startedAt!.getTime() - j.createdAt.getTime()) / 1000);
    assert.ok(Math.abs(body.wait_s.median! - percentile(waits, 0.5)) <= 0.05, `wait median ${body.wait_s.median} vs ${percentile(waits, 0.5)}`);

    const types = new Map<string, number>();
    for (const j of completed) types.set(j.documentType!, (types.get(j.documentType!) ?? 0) + 1);
    assert.deepEqual(Object.fromEntries(body.document_types.map((t) => [t.type, t.count])), Object.fromEntries(types));
    assert.equal(body.queue.queued, seed.jobs.filter((j) => j.status === 'queued').length);
  });

  test('the series cuts the range in aligned intervals and counts each job in its own', async () => {
    const from = new Date(seededAt.getTime() - 24 * HOUR);
    const { body } = await getJson<Analytics>(server.url, `/api/analytics?from=${from.toISOString()}&to=${seededAt.toISOString()}`);
    assert.equal(body.bucket_s, 900);
    assert.equal(body.series.length, Math.floor((seededAt.getTime() - 1) / 900_000) - Math.floor(from.getTime() / 900_000) + 1);
    assert.equal(body.series.reduce((s, p) => s + p.documents, 0), body.totals.documents);
    assert.equal(body.series.reduce((s, p) => s + p.pages, 0), body.totals.pages);
    const bucketOf = (d: Date) => Math.floor(d.getTime() / 900_000) * 900_000;
    // The busiest interval, computed from the rows: the same documents, failures, pages and arrivals.
    const perBucket = new Map<number, SeededJob[]>();
    for (const j of seed.jobs) {
      if (j.finishedAt && j.finishedAt >= from && (j.status === 'completed' || j.status === 'failed')) {
        const k = bucketOf(j.finishedAt);
        perBucket.set(k, [...(perBucket.get(k) ?? []), j]);
      }
    }
    const [busiest, jobs] = [...perBucket].sort((a, b) => b[1].length - a[1].length)[0];
    const point = body.series.find((p) => Date.parse(p.t) === busiest);
    assert.ok(point, `an interval at ${new Date(busiest).toISOString()}`);
    assert.equal(point.documents, jobs.length);
    assert.equal(point.failed, jobs.filter((j) => j.status === 'failed').length);
    const pages = jobs.reduce((s, j) => s + (j.pages ?? 0), 0);
    assert.equal(point.pages, pages);
    assert.equal(point.pages_per_min, Math.round((pages / 15) * 100) / 100);
    assert.equal(point.arrived, seed.jobs.filter((j) => bucketOf(j.createdAt) === busiest).length);
  });

  test('range=hour|week pick their intervals; wrong input is a 400, an unknown batch a 404', async () => {
    const hour = await getJson<Analytics>(server.url, '/api/analytics?range=hour');
    assert.equal(hour.body.bucket_s, 60);
    assert.ok(hour.body.series.length >= 60 && hour.body.series.length <= 61);
    const week = await getJson<Analytics>(server.url, '/api/analytics?range=week');
    assert.equal(week.body.bucket_s, 3600);
    assert.ok(week.body.totals.documents >= seed.jobs.filter((j) => j.status === 'completed' || j.status === 'failed').length);
    for (const query of ['range=year', 'from=soon', `from=${new Date().toISOString()}&to=${new Date(Date.now() - HOUR).toISOString()}`]) {
      const { status, body } = await getJson<ErrorBody>(server.url, `/api/analytics?${query}`);
      assert.equal(status, 400, query);
      assert.equal(body.error.code, 'bad_request');
    }
    assert.equal((await getJson<ErrorBody>(server.url, '/api/analytics?batch_id=nope')).status, 404);
  });

  test('one batch over its own run: its documents and pages', async () => {
    const files = await Promise.all([2, 3, 4].map(async (pages, i) => ({ name: `run-${i}.pdf`, content: await makeTextPdf(pages, `Run ${i}`) })));
    const { body } = await uploadBatch(server.url, files);
    const done = await waitForBatch(server.url, body.batch_id);
    assert.equal(done.status, 'completed');
    const run = await getJson<Analytics>(server.url, `/api/analytics?batch_id=${body.batch_id}`);
    assert.equal(run.status, 200);
    assert.equal(run.body.batch_id, body.batch_id);
    assert.equal(run.body.totals.documents, 3);
    assert.equal(run.body.totals.pages, 9);
    assert.equal(run.body.series.reduce((s, p) => s + p.pages, 0), 9);
    assert.ok(run.body.series.length >= 1 && run.body.series.length <= 41, `${run.body.series.length} points`);
    assert.equal(run.body.seconds_per_page.samples, 3);
  });
});
