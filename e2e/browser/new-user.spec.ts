// What a new user tripped on (issue 17), in a real browser against the real server: a batch
// deleted in one tab leaves every other tab at once; a paused queue shows on the batch, without an
// estimate; the keyboard's focus stays on Pause, Resume and Upload after Enter; Cancel batch asks first.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { encryptedPdf } from '../../scripts/fixtures/broken';
import { makeTextPdf } from '../support/make-pdf';
import { generatedCorpus, generatedDir } from '../support/pdfs';

let tempDir: string;

test.beforeAll(async () => {
  await generatedCorpus();
  tempDir = await mkdtemp(path.join(os.tmpdir(), 'pdf-batch-nu-'));
});

test.afterEach(async ({ request }) => {
  await request.post('/api/queue/resume');
});

test.afterAll(async () => {
  await rm(tempDir, { recursive: true, force: true });
});

async function openBatch(page: Page, batchId = '') {
  await page.goto(batchId ? `/batch?batch=${batchId}` : '/batch');
  await expect(page.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();
  await expect(page.getByTestId('queue-state')).toBeVisible();
}

async function demoBatch(page: Page, name: string): Promise<string> {
  const response = await page.request.post('/api/batches/demo', { data: { name } });
  expect(response.status()).toBe(201);
  return (await response.json()).batch_id as string;
}

test('a batch deleted in one tab leaves every other open tab at once', async ({ page, context }) => {
  await page.request.post('/api/queue/pause'); // still waiting: live, with working buttons
  const batchId = await demoBatch(page, 'Shared batch');
  const other = await context.newPage();
  await openBatch(page, batchId);
  await openBatch(other, batchId);
  await expect(other.getByRole('toolbar', { name: 'Batch actions' })).toBeVisible();

  await page.getByRole('toolbar', { name: 'Batch actions' }).getByRole('button', { name: 'Delete batch' }).click();
  await page.getByRole('dialog', { name: 'Delete “Shared batch”?' }).getByRole('button', { name: 'Delete batch' }).click();
  await expect(page.getByRole('region', { name: 'No batch selected' })).toBeVisible();

  // The other tab, without a reload and well before any poll: no tracker, no buttons, and says why.
  await expect(other.getByTestId('batch-deleted-notice')).toContainText('“Shared batch” was deleted', { timeout: 3000 });
  await expect(other.getByRole('toolbar', { name: 'Batch actions' })).toHaveCount(0);
  await expect(other.getByTestId('batch-item').filter({ hasText: 'Shared batch' })).toHaveCount(0);
  await expect(other).not.toHaveURL(/\?batch=/);

  // Deleted through the API (another client): the same.
  const second = await demoBatch(page, 'API-deleted batch');
  await openBatch(other, second);
  await expect(other.getByTestId('batch-status')).toBeVisible();
  expect((await page.request.delete(`/api/batches/${second}`)).status()).toBe(204);
  await expect(other.getByTestId('batch-deleted-notice')).toContainText('“API-deleted batch” was deleted', { timeout: 3000 });
});

test('pausing the queue shows on the running batch, without an estimate, and resuming clears it', async ({ page }) => {
  const files: string[] = [];
  for (let i = 1; i <= 4; i++) {
    const file = path.join(tempDir, `long-${i}.pdf`);
    await writeFile(file, await makeTextPdf(300, `Long document ${i}`));
    files.push(file);
  }
  await openBatch(page);
  await page.getByTestId('file-input').setInputFiles(files);
  await page.getByLabel('Batch name (optional)').fill('Long batch');
  await page.getByRole('button', { name: /Upload 4 files/ }).click();
  const status = page.getByTestId('batch-status');
  await expect(status).toHaveAttribute('data-status', 'processing');

  await page.getByRole('button', { name: 'Pause queue' }).click();
  await expect(page.getByTestId('queue-state')).toHaveText('Paused');
  await expect(status).toHaveText('Paused');
  const stats = page.getByTestId('tracker-stats');
  await expect(stats).toContainText('Queue paused');
  await expect(stats).not.toContainText(/left|pages\/s/);

  await page.getByRole('button', { name: 'Resume queue' }).click();
  await expect(status).not.toHaveText('Paused');
  await expect(status).toHaveAttribute('data-status', 'completed', { timeout: 90_000 });
});

test('the keyboard focus stays on Pause queue, Resume queue and Upload after Enter', async ({ page }) => {
  await openBatch(page);
  const toggle = page.getByTestId('queue-manager').getByRole('button', { name: /queue$/ });
  await page.getByRole('button', { name: 'Pause queue' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('queue-state')).toHaveText('Paused');
  await expect(toggle).toHaveText('Resume queue');
  await expect(toggle).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('queue-state')).toHaveText('Running');
  await expect(toggle).toHaveText('Pause queue');
  await expect(toggle).toBeFocused();

  await page.getByTestId('file-input').setInputFiles([path.join(generatedDir, 'invoice-1.pdf')]);
  const uploadButton = page.getByRole('button', { name: /^Upload 1 file/ });
  await uploadButton.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?batch=/);
  await expect(page.getByText(/created: 1 file queued/)).toBeVisible();
  const focused = await page.evaluate(() => ({ tag: document.activeElement?.tagName, text: document.activeElement?.textContent }));
  expect(focused.tag).toBe('BUTTON');
  expect(focused.text).toMatch(/^Upload/);
});

test('Cancel batch asks first; keeping it changes nothing', async ({ page }) => {
  await page.request.post('/api/queue/pause');
  const batchId = await demoBatch(page, 'Maybe cancel');
  await openBatch(page, batchId);
  const actions = page.getByRole('toolbar', { name: 'Batch actions' });
  const cancel = actions.getByRole('button', { name: 'Cancel batch' });
  await cancel.click();
  const dialog = page.getByRole('dialog', { name: 'Cancel “Maybe cancel”?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Keep running' }).click();
  await expect(dialog).toBeHidden();
  expect((await (await page.request.get(`/api/batches/${batchId}`)).json()).status).toBe('queued');
  await expect(cancel).toBeFocused();

  await cancel.press('Enter');
  await dialog.getByRole('button', { name: 'Cancel batch' }).click();
  await expect(page.getByTestId('batch-status')).toHaveAttribute('data-status', 'cancelled');
  expect((await (await page.request.get(`/api/batches/${batchId}`)).json()).status).toBe('cancelled');
  await expect(cancel).toBeFocused();
});

/** A PDF of `pages` pages whose footer "Confidential: ACME Corp | Page n" repeats on each; page 1 has its own fields. */
async function footedPdf(pages: number): Promise<Buffer> {
  const { PDFDocument, StandardFonts } = await import('pdf-lib');
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n <= pages; n++) {
    const page = doc.addPage([595, 842]);
    page.drawText(`Confidential: ACME Corp | Page ${n}`, { x: 50, y: 30, size: 9, font });
    if (n === 1) {
      page.drawText('Project: Falcon', { x: 50, y: 780, size: 12, font });
      page.drawText('Owner: Jane Doe', { x: 50, y: 760, size: 12, font });
    }
    page.drawText(`Section ${n} of the project notes. The team met and wrote down what was decided about the plan.`, { x: 50, y: 700, size: 11, font });
  }
  return Buffer.from(await doc.save());
}

async function blankPdf(): Promise<Buffer> {
  const { PDFDocument } = await import('pdf-lib');
  const doc = await PDFDocument.create();
  doc.addPage([595, 842]);
  return Buffer.from(await doc.save());
}

test('the results table fits its card at 1280 px and is cards on a phone; key fields, no text, confidence in words', async ({ page }) => {
  const files = [
    { name: 'project-notes.pdf', mimeType: 'application/pdf', buffer: await footedPdf(4) },
    { name: 'blank-scan.pdf', mimeType: 'application/pdf', buffer: await blankPdf() },
    { name: 'a-broken-file-with-a-rather-long-name-for-its-column.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ngarbage\n') },
    { name: 'datasheet-regulator.pdf', mimeType: 'application/pdf', buffer: await (await import('node:fs/promises')).readFile(path.join(process.cwd(), 'public', 'samples', 'datasheet-regulator.pdf')) },
  ];
  await page.setViewportSize({ width: 1280, height: 900 });
  await openBatch(page);
  await page.getByTestId('file-input').setInputFiles(files);
  await page.getByRole('button', { name: /Upload 4 files/ }).click();
  await expect(page.getByTestId('batch-status')).toHaveAttribute('data-status', 'completed_with_errors');
  const rows = page.getByTestId('result-row');
  await expect(rows).toHaveCount(4);

  // Key fields: the page's own, not its running footer.
  const notes = rows.filter({ hasText: 'project-notes.pdf' });
  await expect(notes).toContainText('Project: Falcon');
  await expect(notes).not.toContainText('Confidential');
  // No text: flagged, not "Other 100 %".
  const blank = rows.filter({ hasText: 'blank-scan.pdf' });
  await expect(blank.getByTestId('result-no-text')).toHaveText('No text (scan?)');
  await expect(blank).not.toContainText('100%');
  // Confidence in a word, its number on hover.
  const sheet = rows.filter({ hasText: 'datasheet-regulator.pdf' }).getByTestId('result-confidence');
  await expect(sheet).toHaveText('high');
  await expect(sheet).toHaveAttribute('title', /Confidence \d+%/);

  // 1280 px: the whole table within its card, no sideways scroll.
  const wrap = page.getByRole('region', { name: 'Files and their results' });
  const fits = () => wrap.evaluate((el) => el.scrollWidth <= el.clientWidth + 1);
  expect(await fits()).toBe(true);
  await page.screenshot({ path: 'test-results/results-1280.png', fullPage: true });

  // A phone: every row a card that shows its category and key fields, nothing wider than the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expect(notes.locator('td[data-label="Category"]')).toBeVisible();
  await expect(notes.locator('td[data-label="Key fields"]')).toContainText('Project: Falcon');
  const box = await notes.locator('td[data-label="Key fields"]').boundingBox();
  expect(box && box.x + box.width).toBeLessThanOrEqual(390);
  await page.getByRole('region', { name: 'Files and their results' }).screenshot({ path: 'test-results/results-phone.png' });
});

test('/docs wraps at 1280 px and on a phone, explains every parameter, renders `code`, and its curl examples use this server', async ({ page, baseURL }) => {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/docs');
    await expect(page.getByRole('heading', { level: 1, name: 'pdf-batch API' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  }
  await page.screenshot({ path: 'test-results/docs-phone.png' });
  const meanings = await page.locator('.docs-table tbody tr td:nth-child(4)').allTextContents();
  expect(meanings.length).toBeGreaterThan(10);
  expect(meanings.filter((m) => !m.trim())).toEqual([]);
  const prose = await page.locator('.docs-description, .docs-summary, .docs-table td, .docs-responses li').allTextContents();
  expect(prose.filter((t) => t.includes('`'))).toEqual([]);
  await expect(page.locator('.docs-description code').first()).toBeVisible();
  const examples = await page.locator('.docs-example').allTextContents();
  expect(examples.filter((e) => e.includes('localhost:3000'))).toEqual([]);
  expect(examples.filter((e) => e.includes(`${baseURL}/`)).length).toBe(examples.length);
});

test('/batch links to the API docs, health and metrics', async ({ page }) => {
  await openBatch(page);
  await expect(page.getByRole('link', { name: 'API docs' })).toHaveAttribute('href', '/docs');
  await expect(page.getByRole('link', { name: 'Health' })).toHaveAttribute('href', '/api/health');
  await expect(page.getByRole('link', { name: 'Metrics' })).toHaveAttribute('href', '/metrics');
});

test('smaller things: the sample button leads, the workflow reads in full, notices and offers fit their batch', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/batch');
  await expect(page.getByTestId('queue-state')).toBeVisible();
  // Nothing chosen and no batch shown: "Try it" is the obvious first action.
  await expect(page.getByRole('button', { name: 'Try it with sample PDFs' })).toHaveAttribute('data-variant', 'primary');
  // The workflow's name is not cut.
  const cut = await page.getByLabel('Workflow').evaluate((el) => {
    const select = el as HTMLSelectElement;
    const context = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
    context.font = getComputedStyle(select).font;
    return context.measureText(select.selectedOptions[0].text).width > select.clientWidth - 28;
  });
  expect(cut).toBe(false);
  // The Queue card counts every batch, and says so.
  await expect(page.getByTestId('queue-scope')).toHaveText('All batches on this server');

  // "Batch created" lasts while its batch is shown.
  await page.getByTestId('file-input').setInputFiles([path.join(generatedDir, 'invoice-2.pdf')]);
  await page.getByLabel('Batch name (optional)').fill('Uploaded');
  await page.getByRole('button', { name: /Upload 1 file/ }).click();
  await expect(page.getByText('Batch “Uploaded” created')).toBeVisible();
  await expect(page.getByTestId('batch-status')).toHaveAttribute('data-status', 'completed');
  // Finished: no "Notify me".
  await expect(page.getByRole('button', { name: 'Notify me' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Try it with sample PDFs' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Sample PDFs' })).toBeVisible();
  await expect(page.getByText('Batch “Uploaded” created')).toHaveCount(0);

  // Retry names the cancelled files it also queues again.
  await page.request.post('/api/queue/pause');
  const batchId = await demoBatch(page, 'Cancel then retry');
  await page.goto(`/batch?batch=${batchId}`);
  const actions = page.getByRole('toolbar', { name: 'Batch actions' });
  await actions.getByRole('button', { name: 'Cancel batch' }).click();
  await page.getByRole('dialog', { name: 'Cancel “Cancel then retry”?' }).getByRole('button', { name: 'Cancel batch' }).click();
  await expect(page.getByTestId('batch-status')).toHaveAttribute('data-status', 'cancelled');
  await expect(actions.getByRole('button', { name: 'Retry failed and cancelled' })).toBeVisible();
});

test('the results offer the ZIP with the original PDFs, as the API does', async ({ page }) => {
  const batchId = await demoBatch(page, 'With originals');
  await openBatch(page, batchId);
  await expect(page.getByTestId('batch-status')).toHaveAttribute('data-status', 'completed');
  const link = page.getByTestId('download-zip');
  await expect(link).toHaveAttribute('href', `/api/batches/${batchId}/export`);
  await page.getByLabel('with the original PDFs').check();
  await expect(link).toHaveAttribute('href', `/api/batches/${batchId}/export?include=originals`);
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const JSZip = (await import('jszip')).default;
  const zip = await JSZip.loadAsync(await (await import('node:fs/promises')).readFile(await download.path()));
  expect(Object.keys(zip.files).filter((name) => name.endsWith('.pdf')).length).toBeGreaterThanOrEqual(6);
});

test('a PDF locked with a password: its page says what to do and offers no Retry, which could only fail again', async ({ page }) => {
  await openBatch(page);
  await page.getByTestId('file-input').setInputFiles([{ name: 'locked.pdf', mimeType: 'application/pdf', buffer: encryptedPdf('user', 'owner') }]);
  await page.getByRole('button', { name: /Upload 1 file/ }).click();
  await expect(page.getByTestId('batch-status')).toHaveAttribute('data-status', 'failed');
  await expect(page.getByRole('button', { name: 'Retry locked.pdf' })).toHaveCount(0);
  await page.getByTestId('result-row').getByRole('link', { name: 'locked.pdf' }).click();
  const failure = page.getByTestId('doc-failure');
  await expect(failure).toContainText('This file could not be processed. The PDF is protected by a password');
  await expect(failure).toContainText('Remove the password');
  await expect(failure).not.toContainText('refused');
  await expect(page.getByTestId('doc-retry')).toHaveCount(0);
});

test('a failed document\'s own page says its error type and attempts, and retries it', async ({ page }) => {
  await openBatch(page);
  await page.getByTestId('file-input').setInputFiles([{ name: 'broken.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ngarbage\n') }]);
  await page.getByRole('button', { name: /Upload 1 file/ }).click();
  await expect(page.getByTestId('batch-status')).toHaveAttribute('data-status', 'failed');
  await page.getByTestId('result-row').getByRole('link', { name: 'broken.pdf' }).click();
  const failure = page.getByTestId('doc-failure');
  await expect(failure).toContainText('processing_error');
  await expect(failure).toContainText('1 attempt');
  const [retried] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && /\/api\/jobs\/[^/]+\/retry$/.test(r.url())),
    page.getByTestId('doc-retry').click(),
  ]);
  expect(retried.status()).toBe(200);
  await expect(failure).toContainText('2 attempts', { timeout: 30_000 });
});
