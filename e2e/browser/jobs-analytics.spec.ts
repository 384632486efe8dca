// /jobs and /analytics in a real browser, on a server of their own whose database holds 6,000 jobs
// seeded through it (e2e/support/seed-jobs.ts): the tables and charts must show what those rows say
// (counts, totals, rates, the labels on the bars, a page's rows), the range picker must change
// them, a bulk cancel must name and do its count, a job's runs must be listed, and the jobs view
// must follow a real upload live.
import { expect, test, type Page } from '@playwright/test';
import { uploadBatch } from '../support/api';
import { testDatabaseUrl } from '../support/database';
import { makeTextPdf } from '../support/make-pdf';
import { generateJobs, seedJobs, type Seeded, type SeededJob } from '../support/seed-jobs';
import { removeDataDir, startServer, type TestServer } from '../support/server';

const HOUR = 3_600_000;
const MIN = 60_000;
let server: TestServer;
let seed: Seeded;
const seededAt = new Date();

/** No job starts, ends or arrives within 5 minutes of the hour and day boundaries, so the test's own minutes cannot move a job across one. */
function clearOfBoundaries(all: Seeded): Seeded {
  const edges = [seededAt.getTime() - HOUR, seededAt.getTime() - 24 * HOUR];
  const near = (d: Date | null) => d !== null && edges.some((e) => Math.abs(d.getTime() - e) < 5 * MIN);
  const keep = (j: SeededJob) => !near(j.createdAt) && !near(j.startedAt) && !near(j.finishedAt);
  const batches = all.batches.map((b) => ({ ...b, jobs: b.jobs.filter(keep) })).filter((b) => b.jobs.length > 0);
  return { batches, jobs: all.jobs.filter(keep) };
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  server = await startServer({ env: { WORKER_CONCURRENCY: '1' } });
  seed = clearOfBoundaries(generateJobs({ jobs: 6000, batches: 30, spanMs: 20 * HOUR, now: seededAt, seed: 5 }));
  await seedJobs(await testDatabaseUrl(server.dataDir), seed);
});

test.afterAll(async () => {
  await server?.stop();
  await removeDataDir(server.dataDir);
});

const ended = (since: number) => seed.jobs.filter((j) => j.finishedAt && j.finishedAt.getTime() >= since && (j.status === 'completed' || j.status === 'failed'));
const pct = (failed: number, all: number) => `${((failed / all) * 100).toFixed(1)} %`;

async function barLabels(page: Page, testId: string): Promise<string[]> {
  return page.getByTestId(`${testId}-plot`).locator('svg .recharts-label-list text').allTextContents();
}

test('/analytics shows the last day\'s figures and bars as the data has them; the range picker changes them', async ({ page }) => {
  await page.goto(`${server.url}/analytics?range=day`);
  const day = ended(seededAt.getTime() - 24 * HOUR);
  const failed = day.filter((j) => j.status === 'failed');
  const pages = day.reduce((s, j) => s + (j.pages ?? 0), 0);
  await expect(page.getByTestId('stat-documents')).toHaveText(day.length.toLocaleString('en'));
  await expect(page.getByTestId('stat-pages')).toHaveText(pages.toLocaleString('en'));
  await expect(page.getByTestId('stat-failure-rate')).toHaveText(pct(failed.length, day.length));
  await expect(page.getByTestId('stat-queued')).toHaveText(seed.jobs.filter((j) => j.status === 'queued').length.toLocaleString('en'));

  // Document types: one bar per type, largest first, each labelled with its count.
  const types = new Map<string, number>();
  for (const j of day) if (j.documentType) types.set(j.documentType, (types.get(j.documentType) ?? 0) + 1);
  const expectedTypes = [...types].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([, n]) => String(n));
  await expect.poll(() => barLabels(page, 'chart-types')).toEqual(expectedTypes);
  const errors = new Map<string, number>();
  for (const j of failed) errors.set(j.errorType!, (errors.get(j.errorType!) ?? 0) + 1);
  await expect.poll(() => barLabels(page, 'chart-failures')).toEqual([...errors.values()].sort((a, b) => b - a).map(String));
  await expect(page.getByTestId('chart-failures')).toContainText('Processing took too');

  // The throughput chart: one bar per quarter hour that had documents; its numbers are the data's.
  const plot = page.getByTestId('chart-throughput-plot');
  await expect(plot.locator('svg[role="application"]')).toBeVisible();
  const buckets = new Map<number, SeededJob[]>();
  for (const j of day) {
    const k = Math.floor(j.finishedAt!.getTime() / (15 * MIN));
    buckets.set(k, [...(buckets.get(k) ?? []), j]);
  }
  // The documents series draws one bar for each quarter hour with documents in it.
  await expect(plot.locator('.recharts-bar').first().locator('path.recharts-rectangle')).toHaveCount(buckets.size);
  await page.getByTestId('chart-throughput').getByText('The numbers').click();
  const rows = page.getByTestId('chart-throughput-table').locator('tbody tr');
  await expect(rows).toHaveCount(buckets.size);
  const [busiest, jobs] = [...buckets].sort((a, b) => b[1].length - a[1].length)[0];
  const row = page.getByTestId('chart-throughput-table').locator(`tr[data-t="${new Date(busiest * 15 * MIN).toISOString()}"] td`);
  await expect(row.nth(1)).toHaveText(String(Math.round((jobs.length / 15) * 100) / 100));
  await expect(row.nth(2)).toHaveText(String(Math.round((jobs.reduce((s, j) => s + (j.pages ?? 0), 0) / 15) * 100) / 100));

  // The last hour: fewer documents, the same way counted.
  await page.getByRole('button', { name: 'Last hour' }).click();
  await expect(page).toHaveURL(/range=hour/);
  const hour = ended(seededAt.getTime() - HOUR);
  await expect(page.getByTestId('stat-documents')).toHaveText(hour.length.toLocaleString('en'));
  await expect(page.getByTestId('stat-failure-rate')).toHaveText(pct(hour.filter((j) => j.status === 'failed').length, hour.length));
});

test('/jobs pages through a filter, shows a job\'s runs, cancels a batch\'s queued jobs after naming the count', async ({ page }) => {
  await page.goto(`${server.url}/jobs`);
  await expect(page.getByTestId('jobs-total')).toHaveText(`1–50 of ${seed.jobs.length.toLocaleString('en')} jobs`);
  await expect(page.getByRole('link', { name: 'Analytics' })).toBeVisible();

  await page.getByTestId('filter-status').selectOption('failed');
  await page.getByTestId('filter-error').selectOption('timeout');
  const timeouts = seed.jobs.filter((j) => j.errorType === 'timeout').sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (b.id < a.id ? -1 : 1));
  await expect(page.getByTestId('jobs-total')).toHaveText(`1–50 of ${timeouts.length.toLocaleString('en')} jobs`);
  await expect(page).toHaveURL(/status=failed&error_type=timeout/);
  const first = page.getByTestId('job-row').first();
  await expect(first).toHaveAttribute('data-job-id', timeouts[0].id);
  await page.getByTestId('jobs-next').click();
  await expect(page.getByTestId('jobs-total')).toHaveText(`51–100 of ${timeouts.length.toLocaleString('en')} jobs`);
  await expect(page.getByTestId('job-row').first()).toHaveAttribute('data-job-id', timeouts[50].id);
  await expect(page.getByTestId('job-row')).toHaveCount(50);

  // A timeout ran twice: both runs, with their workers and outcomes.
  await page.getByTestId('job-row').first().getByRole('button').click();
  const details = page.getByTestId('job-details');
  await expect(details.getByTestId('attempt-row')).toHaveCount(2);
  await expect(details.getByTestId('attempt-outcome').first()).toContainText('Failed, retried');
  await expect(details.getByTestId('attempt-outcome').last()).toContainText('Failed: Processing took longer than 600 s');
  await expect(details.getByTestId('detail-time')).not.toHaveText('–');
  await details.getByRole('button', { name: 'Close' }).click();

  // Cancel everything queued in one batch: the dialog names the count; afterwards none is left.
  const batch = seed.batches.find((b) => b.jobs.filter((j) => j.status === 'queued').length >= 3)!;
  const queued = batch.jobs.filter((j) => j.status === 'queued').length;
  await page.getByTestId('filter-status').selectOption('queued');
  await page.getByTestId('filter-error').selectOption('');
  await page.getByTestId('filter-batch').fill(batch.id);
  await expect(page.getByTestId('jobs-total')).toHaveText(`1–${queued} of ${queued} jobs`);
  await page.getByTestId('bulk-cancel').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading')).toHaveText(`Cancel ${queued} jobs?`);
  await dialog.getByRole('button', { name: `Cancel ${queued} jobs` }).click();
  await expect(page.getByTestId('bulk-notice')).toHaveText(`Cancelled ${queued} jobs in 1 batch.`);
  await expect(page.getByTestId('jobs-empty')).toBeVisible();
  await page.getByTestId('filter-status').selectOption('cancelled');
  await expect(page.getByTestId('jobs-total')).toContainText(`of ${batch.jobs.filter((j) => j.status === 'queued' || j.status === 'cancelled').length} jobs`);
});

test('/jobs keeps a filter chosen while its script is still loading', async ({ page }) => {
  // The script arrives 1.5 s after the HTML, as on a slow machine: a control changed before it runs
  // would show the choice but filter nothing, and hydration would put it back.
  await page.route('**/_next/static/chunks/**', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto(`${server.url}/jobs`, { waitUntil: 'commit' });
  await expect(page.getByTestId('filter-status')).toBeDisabled();
  await page.getByTestId('filter-status').selectOption('failed');
  await page.getByTestId('filter-error').selectOption('timeout');
  const timeouts = seed.jobs.filter((j) => j.errorType === 'timeout');
  await expect(page.getByTestId('jobs-total')).toHaveText(`1–50 of ${timeouts.length.toLocaleString('en')} jobs`);
  await expect(page).toHaveURL(/status=failed&error_type=timeout/);
  await expect(page.getByTestId('filter-status')).toHaveValue('failed');
});

test('/jobs follows a real upload live, without a reload', async ({ page }) => {
  await page.goto(`${server.url}/jobs?status=completed`);
  await expect(page.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();
  const before = seed.jobs.filter((j) => j.status === 'completed').length;
  await expect(page.getByTestId('jobs-total')).toHaveText(`1–50 of ${before.toLocaleString('en')} jobs`);
  const { body } = await uploadBatch(server.url, [{ name: 'live.pdf', content: await makeTextPdf(2) }], { name: 'Live upload' });
  const row = page.getByTestId('job-row').first();
  await expect(row).toContainText('live.pdf', { timeout: 30_000 });
  await expect(row).toContainText('Live upload');
  await expect(row.getByTestId('job-pages')).toHaveText('2');
  await expect(page.getByTestId('jobs-total')).toHaveText(`1–50 of ${(before + 1).toLocaleString('en')} jobs`);

  // Its batch view has a throughput chart of its own run.
  await page.goto(`${server.url}/batch?batch=${body.batch_id}`);
  await expect(page.getByTestId('batch-throughput')).toHaveAttribute('data-pages', '2');
  await expect(page.getByTestId('batch-throughput-chart-plot').locator('svg[role="application"]')).toBeVisible();
});
