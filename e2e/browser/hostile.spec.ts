// Hostile input in a real browser: a file named like HTML (<img src=x onerror=alert(1)>.pdf) is
// shown as text wherever its name appears and nothing in it runs; the upload zone says in words
// what a server at its limits answered (503 low on disk, waiting for Retry-After; 429 too many
// uploads), each from a real server started here with those limits.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { hostileCorpus } from '../support/pdfs';
import { removeDataDir, startServer, type TestServer } from '../support/server';

const HOSTILE_NAME = '<img src=x onerror=alert(1)>.pdf';

async function plainPdf(): Promise<Buffer> {
  return readFile((await hostileCorpus()).find((c) => c.file === 'plain.pdf')!.path);
}

/** Every dialog (alert, confirm, prompt) the page opens; the page's own confirmations are not used here. */
function watchDialogs(page: Page): string[] {
  const opened: string[] = [];
  page.on('dialog', (dialog) => {
    opened.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return opened;
}

async function openBatchPage(page: Page, url = '/batch') {
  await page.goto(url);
  await expect(page.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();
}

async function pickAndUpload(page: Page, name: string) {
  await page.getByTestId('file-input').setInputFiles({ name, mimeType: 'application/pdf', buffer: await plainPdf() });
  await page.getByRole('button', { name: /Upload 1 file/ }).click();
}

test('a file named like HTML is shown as text and nothing in it runs', async ({ page }) => {
  const dialogs = watchDialogs(page);
  await openBatchPage(page);
  await pickAndUpload(page, HOSTILE_NAME);
  await expect(page).toHaveURL(/\?batch=/);
  const row = page.getByTestId('job-row').filter({ hasText: HOSTILE_NAME });
  await expect(row).toHaveAttribute('data-status', 'completed');
  await expect(row.getByRole('link', { name: HOSTILE_NAME, exact: true })).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);

  await row.getByRole('link', { name: HOSTILE_NAME, exact: true }).click();
  await expect(page).toHaveURL(/\/documents\//);
  await expect(page.getByText(HOSTILE_NAME).first()).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test.describe('a server at its limits', () => {
  let lowDisk: TestServer;
  let rateLimited: TestServer;

  test.beforeAll(async () => {
    // One after the other: a first start may build the bundle, and two builds at once collide.
    lowDisk = await startServer({ env: { MIN_FREE_DISK_MB: '100000000' } });
    rateLimited = await startServer({ env: { RATE_LIMIT_UPLOADS: '1', RATE_LIMIT_WINDOW_S: '3600' } });
  });
  test.afterAll(async () => {
    for (const server of [lowDisk, rateLimited]) {
      await server?.stop();
      if (server) await removeDataDir(server.dataDir);
    }
  });

  test('503 low on disk: the reason in words, then a countdown to the retry the server asked for', async ({ page }) => {
    await openBatchPage(page, `${lowDisk.url}/batch`);
    await pickAndUpload(page, 'report.pdf');
    const notice = page.getByRole('status').filter({ hasText: 'low on disk space' });
    await expect(notice).toContainText(/The server is low on disk space: [\d,]+ MB free/);
    await expect(notice).toContainText(/Trying again in \d+ s/);
    await page.getByRole('button', { name: 'Cancel upload' }).click();
    await expect(notice).toHaveCount(0);
  });

  test('429 too many uploads: the reason in words and when to try again, no automatic hammering', async ({ page }) => {
    await openBatchPage(page, `${rateLimited.url}/batch`);
    await pickAndUpload(page, 'first.pdf');
    await expect(page).toHaveURL(/\?batch=/);
    await pickAndUpload(page, 'second.pdf');
    const alert = page.getByRole('alert').filter({ hasText: 'Upload failed' });
    await expect(alert).toContainText(/Too many uploads from your address: at most 1 every 3600 s .*Try again in \d+ s\./);
    await expect(page.getByRole('button', { name: /Retry upload/ })).toBeEnabled(); // for when the person chooses
  });
});
