// The jobs view's API against the real server, on SQLite and on Postgres: thousands of jobs seeded
// into its database, then listed, filtered, sorted and paged (keyset) through GET /api/jobs, a
// real job's runs from GET /api/jobs/:id/attempts, and bulk retry / cancel with their preview,
// the count a person confirms, and the moment it was counted.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { BatchDetail } from '../../lib/schemas/batch';
import type { BulkPreview, BulkResult, JobHistory, JobPage } from '../../lib/schemas/jobs';
import { getJson, uploadBatch, waitForBatch } from '../support/api';
import { testDatabaseUrl } from '../support/database';
import { makeTextPdf } from '../support/make-pdf';
import { generateJobs, seedJobs, SEED_WORKERS, type Seeded, type SeededJob } from '../support/seed-jobs';
import { removeDataDir, startServer, type TestServer } from '../support/server';

type ErrorBody = { error: { code: string; message: string } };
const HOUR = 3_600_000;

const post = async <T>(url: string, body: unknown) => {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as T };
};

/** Every page of a listing, following next_cursor. */
async function walk(server: TestServer, query: string): Promise<{ ids: string[]; pages: JobPage[] }> {
  const pages: JobPage[] = [];
  let cursor: string | null = null;
  do {
    const { status, body }: { status: number; body: JobPage } = await getJson<JobPage>(server.url, `/api/jobs?${query}${cursor ? `&cursor=${cursor}` : ''}`);
    assert.equal(status, 200, JSON.stringify(body));
    pages.push(body);
    cursor = body.next_cursor;
  } while (cursor);
  return { ids: pages.flatMap((p) => p.jobs.map((j) => j.job_id)), pages };
}

const newestFirst = (a: SeededJob, b: SeededJob) => b.createdAt.getTime() - a.createdAt.getTime() || (b.id < a.id ? -1 : 1);

describe('jobs view API', () => {
  let server: TestServer;
  let seed: Seeded;
  const seededAt = new Date();

  before(async () => {
    server = await startServer({ env: { WORKER_CONCURRENCY: '1' } });
    seed = generateJobs({ jobs: 3000, batches: 12, spanMs: 20 * HOUR, now: seededAt, seed: 7 });
    await seedJobs(await testDatabaseUrl(server.dataDir), seed);
  });
  after(async () => {
    await fetch(`${server.url}/api/queue/resume`, { method: 'POST' });
    await server?.stop();
    await removeDataDir(server.dataDir);
  });

  test('a filtered listing walks every matching job once, newest first, with the total', async () => {
    const expected = seed.jobs.filter((j) => j.status === 'failed' && j.errorType === 'timeout').sort(newestFirst);
    assert.ok(expected.length > 50, `enough timeouts to page: ${expected.length}`);
    const { ids, pages } = await walk(server, 'status=failed&error_type=timeout&limit=37');
    assert.deepEqual(ids, expected.map((j) => j.id));
    assert.equal(pages[0].total, expected.length);
    assert.equal(pages[0].jobs.length, 37);
    const first = pages[0].jobs[0];
    assert.equal(first.batch_name, seed.batches.find((b) => b.id === first.batch_id)?.name);
    assert.equal(first.attempts, 2);
    assert.equal(first.error_type, 'timeout');
  });

  test('filters: document type, worker, batch, time range on created or finished', async () => {
    const count = async (query: string) => (await getJson<JobPage>(server.url, `/api/jobs?${query}&limit=1`)).body.total;
    assert.equal(await count(''), seed.jobs.length);
    assert.equal(await count('document_type=invoice,datasheet'), seed.jobs.filter((j) => j.documentType === 'invoice' || j.documentType === 'datasheet').length);
    assert.equal(await count(`worker=${SEED_WORKERS[1]}`), seed.jobs.filter((j) => j.workerId === SEED_WORKERS[1]).length);
    const batch = seed.batches[3];
    assert.equal(await count(`batch_id=${batch.id}&status=queued,cancelled`), batch.jobs.filter((j) => j.status === 'queued' || j.status === 'cancelled').length);
    const from = new Date(seededAt.getTime() - 5 * HOUR);
    const to = new Date(seededAt.getTime() - 2 * HOUR);
    const inside = (d: Date | null) => d !== null && d >= from && d < to;
    const range = `from=${from.toISOString()}&to=${to.toISOString()}`;
    assert.equal(await count(range), seed.jobs.filter((j) => inside(j.createdAt)).length);
    assert.equal(await count(`${range}&time_field=finished_at`), seed.jobs.filter((j) => inside(j.finishedAt)).length);
  });

  test('sorted by processing time, ascending, jobs without one last; pages never overlap', async () => {
    const batch = seed.batches[5];
    const { ids } = await walk(server, `batch_id=${batch.id}&sort=processing_ms&order=asc&limit=40`);
    const expected = [...batch.jobs].sort((a, b) => {
      if (a.processingMs === null || b.processingMs === null) return a.processingMs === b.processingMs ? (a.id < b.id ? -1 : 1) : a.processingMs === null ? 1 : -1;
      return a.processingMs - b.processingMs || (a.id < b.id ? -1 : 1);
    });
    assert.deepEqual(ids, expected.map((j) => j.id));
    const { ids: byFinish } = await walk(server, `batch_id=${batch.id}&sort=finished_at&order=desc&limit=40`);
    assert.equal(new Set(byFinish).size, batch.jobs.length);
  });

  test('wrong input is a 400 with a JSON error that names it', async () => {
    for (const query of ['status=finished', 'limit=0', 'sort=size', 'from=yesterday', 'cursor=not-a-cursor']) {
      const { status, body } = await getJson<ErrorBody>(server.url, `/api/jobs?${query}`);
      assert.equal(status, 400, query);
      assert.equal(body.error.code, 'bad_request', query);
      assert.ok(body.error.message.length > 5, query);
    }
    const missing = await getJson<ErrorBody>(server.url, '/api/jobs/no-such-job/attempts');
    assert.equal(missing.status, 404);
  });

  test('a real run is recorded: worker, stage times, outcome, document type', async () => {
    const { body } = await uploadBatch(server.url, [{ name: 'real.pdf', content: await makeTextPdf(3) }]);
    const done = await waitForBatch(server.url, body.batch_id);
    assert.equal(done.status, 'completed');
    const history = await getJson<JobHistory>(server.url, `/api/jobs/${done.jobs[0].job_id}/attempts`);
    assert.equal(history.status, 200);
    assert.equal(history.body.attempts.length, 1);
    const [run] = history.body.attempts;
    assert.equal(run.attempt, 1);
    assert.equal(run.outcome, 'completed');
    assert.equal(run.worker_id, done.jobs[0].worker_id);
    const times = [run.started_at, run.loaded_at, run.extracted_at, run.analysed_at, run.finished_at].map((t) => Date.parse(t ?? 'missing'));
    assert.ok(times.every((t, i) => Number.isFinite(t) && (i === 0 || t >= times[i - 1])), `stages in order: ${JSON.stringify(run)}`);
    assert.equal(run.duration_ms, done.jobs[0].processing_ms);
    assert.ok(history.body.job.document_type, 'the classifier\'s type is on the job');
    assert.equal(history.body.job.batch_name, done.name);
  });

  test('bulk retry of the last hour\'s timeouts: preview names the count, the action does exactly those', async () => {
    assert.equal((await fetch(`${server.url}/api/queue/pause`, { method: 'POST' })).status, 200);
    const hourAgo = new Date(seededAt.getTime() - HOUR).toISOString();
    const filter = { status: ['failed'], error_type: ['timeout'], from: hourAgo, time_field: 'finished_at' };
    const expected = seed.jobs.filter((j) => j.errorType === 'timeout' && j.finishedAt! >= new Date(hourAgo));
    assert.ok(expected.length > 0);
    const preview = await post<BulkPreview>(`${server.url}/api/jobs/bulk/preview`, { action: 'retry', filter });
    assert.equal(preview.status, 200, JSON.stringify(preview.body));
    assert.equal(preview.body.count, expected.length);

    // More jobs than confirmed: refused, nothing done.
    const tooMany = await post<ErrorBody>(`${server.url}/api/jobs/bulk`, { action: 'retry', filter, as_of: preview.body.as_of, expected_count: expected.length - 1 });
    assert.equal(tooMany.status, 409);
    assert.match(tooMany.body.error.message, new RegExp(`${expected.length} jobs match`));

    const done = await post<BulkResult>(`${server.url}/api/jobs/bulk`, { action: 'retry', filter, as_of: preview.body.as_of, expected_count: preview.body.count });
    assert.equal(done.status, 200, JSON.stringify(done.body));
    assert.equal(done.body.changed, expected.length);
    const left = await getJson<JobPage>(server.url, `/api/jobs?status=failed&error_type=timeout&from=${hourAgo}&time_field=finished_at&limit=1`);
    assert.equal(left.body.total, 0);
    const job = await getJson<JobPage>(server.url, `/api/jobs?batch_id=${expected[0].batchId}&status=queued&limit=200`);
    assert.ok(job.body.jobs.some((j) => j.job_id === expected[0].id && j.error === null), 'the retried job is queued again, clean');
  });

  test('bulk cancel of a batch\'s queued jobs leaves a job that arrived after the preview alone', async () => {
    const batch = seed.batches[2];
    const filter = { batch_id: batch.id, status: 'queued' };
    const before = await getJson<JobPage>(server.url, `/api/jobs?batch_id=${batch.id}&status=queued&limit=1`);
    const preview = await post<BulkPreview>(`${server.url}/api/jobs/bulk/preview`, { action: 'cancel', filter });
    assert.equal(preview.body.count, before.body.total);
    assert.ok(preview.body.count > 0);

    // A new upload after the preview (the queue is paused, so it waits) is not what was confirmed.
    const late = await uploadBatch(server.url, [{ name: 'late.pdf', content: await makeTextPdf(1) }]);
    const lateFilter = { status: 'queued' };
    const all = await post<BulkPreview>(`${server.url}/api/jobs/bulk/preview`, { action: 'cancel', filter: lateFilter });
    const done = await post<BulkResult>(`${server.url}/api/jobs/bulk`, { action: 'cancel', filter, as_of: preview.body.as_of, expected_count: preview.body.count });
    assert.equal(done.body.changed, preview.body.count);
    assert.equal(done.body.batches, 1);
    const after = await getJson<JobPage>(server.url, `/api/jobs?batch_id=${batch.id}&status=queued&limit=1`);
    assert.equal(after.body.total, 0);

    // Everything queued, as of an earlier preview: the late upload stays queued.
    const everything = await post<BulkResult>(`${server.url}/api/jobs/bulk`, { action: 'cancel', filter: lateFilter, as_of: preview.body.as_of, expected_count: all.body.count });
    assert.equal(everything.status, 200);
    const lateBatch = await getJson<BatchDetail>(server.url, `/api/batches/${late.body.batch_id}`);
    assert.equal(lateBatch.body.jobs[0].status, 'queued');
    const queued = await getJson<JobPage>(server.url, '/api/jobs?status=queued&limit=5');
    assert.deepEqual(queued.body.jobs.map((j) => j.job_id), [lateBatch.body.jobs[0].job_id]);
  });

  test('bulk bodies are checked', async () => {
    const bad = await post<ErrorBody>(`${server.url}/api/jobs/bulk`, { action: 'delete', filter: {}, as_of: new Date().toISOString(), expected_count: 1 });
    assert.equal(bad.status, 400);
    const noCount = await post<ErrorBody>(`${server.url}/api/jobs/bulk`, { action: 'cancel', filter: {} });
    assert.equal(noCount.status, 400);
    assert.match(noCount.body.error.message, /as_of|expected_count/);
  });
});
