// The queue and batch controls in a real browser against the real server: pause and resume the
// queue, cancel and retry a file and a running batch, download the ZIP, delete after a confirmation;
// and the Queue card's warning when no worker runs (a server of its own, WORKER_CONCURRENCY=0).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { makeTextPdf } from '../support/make-pdf';
import { generatedCorpus, generatedDir } from '../support/pdfs';
import { removeDataDir, startServer, type TestServer } from '../support/server';

let tempDir: string;

test.beforeAll(async () => {
  await generatedCorpus();
  tempDir = await mkdtemp(path.join(os.tmpdir(), 'pdf-batch-qm-'));
});

// Whatever happens in a test, the next spec finds the queue running.
test.afterEach(async ({ request }) => {
  await request.post('/api/queue/resume');
});

test.afterAll(async () => {
  await rm(tempDir, { recursive: true, force: true });
});

async function openPage(page: Page) {
  await page.goto('/batch');
  await expect(page.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();
  await expect(page.getByTestId('queue-state')).toBeVisible();
}

async function upload(page: Page, files: string[], name: string) {
  await page.getByTestId('file-input').setInputFiles(files);
  await page.getByLabel('Batch name (optional)').fill(name);
  await page.getByRole('button', { name: new RegExp(`Upload ${files.length} file`) }).click();
  await expect(page).toHaveURL(/\?batch=/);
  await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  return new URL(page.url()).searchParams.get('batch') as string;
}

const queuedCount = async (page: Page) => Number(await page.getByTestId('queue-queued').textContent());

test('a paused queue holds new files; a file can be cancelled and retried; resume runs them all', async ({ page }) => {
  await openPage(page);
  await expect(page.getByTestId('queue-state')).toHaveText('Running');
  await page.getByRole('button', { name: 'Pause queue' }).click();
  await expect(page.getByTestId('queue-state')).toHaveText('Paused');

  const batchId = await upload(page, ['invoice-1.pdf', 'datasheet-1.pdf'].map((f) => path.join(generatedDir, f)), 'Paused batch');
  await expect(page.getByTestId('batch-status')).toHaveAttribute('data-status', 'queued');
  await expect.poll(() => queuedCount(page)).toBeGreaterThanOrEqual(2);

  // The state is in the database: a reload still shows it paused, and the files still wait.
  // From here on the counts are pushed over the socket: the page reads GET /api/queue at most
  // once, while its socket connects.
  let queueReads = 0;
  page.on('request', (request) => {
    if (request.method() === 'GET' && new URL(request.url()).pathname === '/api/queue') queueReads++;
  });
  await page.reload();
  await expect(page.getByTestId('queue-state')).toContainText('Paused');
  await expect(page.getByRole('button', { name: 'Resume queue' })).toBeVisible();
  const rows = page.getByTestId('job-row');
  await expect(rows.filter({ hasText: 'invoice-1.pdf' })).toHaveAttribute('data-status', 'queued');

  // One file cancelled, then put back in the queue, from its own row.
  await page.getByRole('button', { name: 'Cancel invoice-1.pdf' }).click();
  await expect(rows.filter({ hasText: 'invoice-1.pdf' })).toHaveAttribute('data-status', 'cancelled');
  await page.getByRole('button', { name: 'Retry invoice-1.pdf' }).click();
  await expect(rows.filter({ hasText: 'invoice-1.pdf' })).toHaveAttribute('data-status', 'queued');
  await expect(page.getByTestId('batch-status')).toHaveAttribute('data-status', 'queued');

  // Only for the picture: let the bars finish their 300 ms slide back from 100 to 0.
  await page.waitForTimeout(500);
  await page.screenshot({ path: 'test-results/queue-manager.png', fullPage: true });

  await page.getByRole('button', { name: 'Resume queue' }).click();
  await expect(page.getByTestId('queue-state')).toHaveText('Running');
  await expect(page.getByTestId('batch-status')).toHaveAttribute('data-status', 'completed');
  await expect(rows.filter({ hasText: 'Done' })).toHaveCount(2);
  await expect(page.getByTestId('queue-queued')).toHaveText('0');
  await expect(page.getByTestId('queue-processing')).toHaveText('0');
  expect(queueReads).toBeLessThanOrEqual(1);
  const batch = await page.request.get(`/api/batches/${batchId}`);
  expect((await batch.json()).status).toBe('completed');
});

test('a running batch is cancelled, and "Retry failed" runs it again to the end', async ({ page }) => {
  const files: string[] = [];
  for (let i = 1; i <= 3; i++) {
    const file = path.join(tempDir, `long-${i}.pdf`);
    await writeFile(file, await makeTextPdf(300, `Long document ${i}`));
    files.push(file);
  }
  await openPage(page);
  const batchId = await upload(page, files, 'Long batch');
  const actions = page.getByRole('toolbar', { name: 'Batch actions' });
  await expect(page.getByTestId('batch-status')).toHaveAttribute('data-status', 'processing');
  await actions.getByRole('button', { name: 'Cancel batch' }).click();
  const confirm = page.getByRole('dialog', { name: 'Cancel “Long batch”?' });
  await confirm.getByRole('button', { name: 'Cancel batch' }).click();
  // The dialog closes when the request returns; the live update may say "cancelled" before that.
  await expect(confirm).toBeHidden();
  await expect(page.getByTestId('batch-status')).toHaveAttribute('data-status', 'cancelled');
  await expect(actions.getByRole('button', { name: 'Cancel batch' })).toBeDisabled();
  expect((await (await page.request.get(`/api/batches/${batchId}`)).json()).status).toBe('cancelled');

  await actions.getByRole('button', { name: 'Retry failed' }).click();
  await expect(page.getByTestId('batch-status')).toHaveAttribute('data-status', 'completed');
  await expect(actions.getByRole('button', { name: 'Retry failed' })).toBeDisabled();
  const done = await (await page.request.get(`/api/batches/${batchId}`)).json();
  expect(done.jobs.map((j: { status: string }) => j.status)).toEqual(['completed', 'completed', 'completed']);
});

test('priority is saved, the ZIP downloads, and delete asks first then removes the batch', async ({ page }) => {
  await openPage(page);
  const batchId = await upload(page, [path.join(generatedDir, 'invoice-2.pdf')], 'Batch to delete');
  await expect(page.getByTestId('batch-status')).toHaveAttribute('data-status', 'completed');
  const actions = page.getByRole('toolbar', { name: 'Batch actions' });

  await actions.getByLabel('Priority').selectOption('10');
  await expect.poll(async () => (await (await page.request.get(`/api/batches/${batchId}`)).json()).priority).toBe(10);
  await expect(actions.getByLabel('Priority')).toHaveValue('10');

  const [download] = await Promise.all([page.waitForEvent('download'), actions.getByRole('link', { name: 'Download ZIP' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.zip$/);
  const saved = path.join(tempDir, 'export.zip');
  await download.saveAs(saved);
  expect((await readFile(saved)).subarray(0, 2).toString('latin1')).toBe('PK');

  // Keeping it changes nothing; confirming deletes it.
  await actions.getByRole('button', { name: 'Delete batch' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete “Batch to delete”?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Keep it' }).click();
  await expect(dialog).toBeHidden();
  expect((await page.request.get(`/api/batches/${batchId}`)).status()).toBe(200);

  await actions.getByRole('button', { name: 'Delete batch' }).click();
  await dialog.getByRole('button', { name: 'Delete batch' }).click();
  await expect(page.getByRole('region', { name: 'No batch selected' })).toBeVisible();
  await expect(page).not.toHaveURL(/\?batch=/);
  await expect(page.getByTestId('batch-item').filter({ hasText: 'Batch to delete' })).toHaveCount(0);
  expect((await page.request.get(`/api/batches/${batchId}`)).status()).toBe(404);
});

test('the controls fit a phone screen and work from the keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openPage(page);
  await page.getByRole('button', { name: 'Pause queue' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('queue-state')).toContainText('Paused');
  await upload(page, [path.join(generatedDir, 'contract-1.pdf')], 'Phone batch');
  await expect(page.getByRole('button', { name: 'Cancel contract-1.pdf' })).toBeVisible();
  await expect(page.getByTestId('queue-queued')).toHaveText('1');
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  await page.screenshot({ path: 'test-results/queue-manager-phone.png', fullPage: true });
  await page.getByRole('button', { name: 'Resume queue' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('queue-state')).toHaveText('Running');
  await expect(page.getByTestId('batch-status')).toHaveAttribute('data-status', 'completed');
});

test('a refused action says why in words', async ({ page }) => {
  await openPage(page);
  await page.getByRole('button', { name: 'Pause queue' }).click();
  await expect(page.getByTestId('queue-state')).toHaveText('Paused');
  const batchId = await upload(page, [path.join(generatedDir, 'contract-2.pdf')], 'Gone behind your back');
  await expect(page.getByTestId('batch-status')).toHaveAttribute('data-status', 'queued');
  // A refusal (here the server's answer to a batch gone in the meantime, as it words it) is shown
  // in words. A deletion itself reaches the page at once (new-user.spec.ts), so it is staged here.
  await page.route('**/api/batches/*/cancel', (route) =>
    route.fulfill({ status: 404, json: { error: { code: 'not_found', message: `No batch with id ${batchId}` } } }),
  );
  const actions = page.getByRole('toolbar', { name: 'Batch actions' });
  await actions.getByRole('button', { name: 'Cancel batch' }).click();
  await page.getByRole('dialog', { name: 'Cancel “Gone behind your back”?' }).getByRole('button', { name: 'Cancel batch' }).click();
  const alert = page.getByRole('dialog').getByRole('alert');
  await expect(alert).toBeVisible();
  await expect(alert).not.toContainText('[object');
  await expect(alert).toContainText('No batch with id');
});

test.describe('with no worker running anywhere', () => {
  let idle: TestServer;
  test.beforeAll(async () => {
    idle = await startServer({ env: { WORKER_CONCURRENCY: '0' } });
  });
  test.afterAll(async () => {
    await idle?.stop();
    if (idle) await removeDataDir(idle.dataDir);
  });

  test('the Queue card says the files wait, and stops saying it once the queue is paused', async ({ page }) => {
    await page.goto(`${idle.url}/batch`);
    await expect(page.getByTestId('queue-state')).toHaveText('Running');
    await expect(page.getByTestId('queue-warning')).toHaveCount(0);
    await upload(page, [path.join(generatedDir, 'invoice-1.pdf')], 'Nobody to run it');
    await expect(page.getByTestId('queue-warning')).toHaveText('No worker is running: queued files wait until one starts.');
    await page.getByRole('button', { name: 'Pause queue' }).click();
    await expect(page.getByTestId('queue-warning')).toHaveCount(0);
  });
});
