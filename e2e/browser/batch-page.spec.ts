// The /batch page in a real browser against the real server: pick files, see refusals in words,
// upload, and watch every bar reach 100 live; a failure is explained; the URL keeps the batch.
import { expect, test } from '@playwright/test';
import { SHIPPED_PDFS } from '../support/pdfs';

const notPdf = { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('just text\n') };
const brokenPdf = { name: 'broken.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ngarbage\n') };

test('PDFs upload in one request and every bar reaches 100 live', async ({ page }) => {
  test.skip(SHIPPED_PDFS.length < 2, 'needs the two PDFs from Debian docs');
  await page.goto('/');
  await expect(page).toHaveURL(/\/batch$/);
  await expect(page.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();

  await page.getByTestId('file-input').setInputFiles(SHIPPED_PDFS.slice(0, 2));
  await page.getByTestId('file-input').setInputFiles([notPdf]);
  await expect(page.getByTestId('refused-file')).toContainText('notes.txt');
  await expect(page.getByTestId('selected-file')).toHaveCount(2);

  await page.getByLabel('Batch name (optional)').fill('Browser test');
  await page.getByRole('button', { name: /Upload 2 files/ }).click();
  await expect(page).toHaveURL(/\?batch=/);
  await expect(page.getByTestId('batch-status')).toHaveAttribute('data-status', 'completed');
  await expect(page.getByRole('progressbar', { name: 'Batch progress' })).toHaveAttribute('aria-valuenow', '100');
  for (const file of SHIPPED_PDFS.slice(0, 2)) {
    const name = file.split('/').pop() as string;
    await expect(page.getByRole('progressbar', { name, exact: true })).toHaveAttribute('aria-valuenow', '100');
  }
  await expect(page.getByTestId('job-row').filter({ hasText: 'Done' })).toHaveCount(2);

  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Browser test' })).toBeVisible();
  await expect(page.getByTestId('batch-item').first()).toHaveAttribute('data-status', 'completed');
});

test('a file the worker cannot read is shown as failed, with the reason', async ({ page }) => {
  await page.goto('/batch');
  await expect(page.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();
  await page.getByTestId('file-input').setInputFiles([brokenPdf]);
  await page.getByRole('button', { name: /Upload 1 file/ }).click();
  await expect(page.getByTestId('batch-status')).toHaveAttribute('data-status', 'failed');
  const row = page.getByTestId('job-row');
  await expect(row).toHaveAttribute('data-status', 'failed');
  await expect(row).toContainText(/Failed: \S/);
});
