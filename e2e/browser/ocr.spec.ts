// A scan in a real browser: while OCR reads it the job row says "OCR page 1 of 1", then its
// document view lists the page as read by OCR with its confidence, and shows the invoice it found.
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { generatedCorpus, generatedDir } from '../support/pdfs';

test('a scanned invoice: "OCR page 1 of 1" while it is read, then its OCR confidence in the document view', async ({ page }) => {
  const corpus = await generatedCorpus();
  const facts = corpus.find((e) => e.file === 'scan-invoice-300dpi-grey.pdf')?.facts;
  await page.goto('/batch');
  await expect(page.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();
  await page.getByTestId('file-input').setInputFiles([path.join(generatedDir, 'scan-invoice-300dpi-grey.pdf')]);
  await page.locator('select[name="ocr"]').selectOption({ label: 'Scanned pages only' });
  await page.getByRole('button', { name: /Upload 1 file/ }).click();
  await expect(page).toHaveURL(/\?batch=/);
  const row = page.getByTestId('job-row');
  // OCR takes seconds a page: the row says so while it runs.
  await expect(row.locator('.job-row__stage')).toHaveText('OCR page 1 of 1');
  await expect(page.getByTestId('batch-status')).toHaveAttribute('data-status', 'completed');

  await row.getByRole('link', { name: 'scan-invoice-300dpi-grey.pdf' }).click();
  await expect(page).toHaveURL(/\/batch\/[^/]+\/documents\/[^/]+$/);
  await expect(page.locator('[data-ocr-summary]')).toContainText('Every page was read by OCR (tesseract.js');
  await expect(page.locator('#page-1 [data-ocr-confidence]')).toHaveText(/^\d+ % \([\d.]+ s\)$/);
  await expect(page.getByText(String(facts?.invoice_number)).first()).toBeVisible();
});
