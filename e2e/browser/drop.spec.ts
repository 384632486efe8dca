// Drag and drop for real: a DataTransfer holding ten PDFs is dropped on the drop zone (the
// events a browser fires for a drop from the desktop), and every file's bar reaches 100 live.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { generatedCorpus, generatedDir, SHIPPED_PDFS } from '../support/pdfs';

test('ten PDFs dropped on /batch are uploaded and processed to 100 without a reload', async ({ page }) => {
  const corpus = await generatedCorpus();
  const paths = [
    ...SHIPPED_PDFS,
    ...corpus.filter((e) => e.expect === 'ok' && (e.pages ?? 0) <= 12).map((e) => path.join(generatedDir, e.file)),
  ].slice(0, 10);
  expect(paths).toHaveLength(10);
  const files = await Promise.all(
    paths.map(async (p) => ({ name: path.basename(p), base64: (await readFile(p)).toString('base64') })),
  );

  await page.goto('/batch');
  await expect(page.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();
  const dataTransfer = await page.evaluateHandle((items) => {
    const transfer = new DataTransfer();
    for (const item of items) {
      const bytes = Uint8Array.from(atob(item.base64), (c) => c.charCodeAt(0));
      transfer.items.add(new File([bytes], item.name, { type: 'application/pdf' }));
    }
    return transfer;
  }, files);
  const zone = page.getByRole('button', { name: /Add PDF files/ });
  await zone.dispatchEvent('dragenter', { dataTransfer });
  await zone.dispatchEvent('dragover', { dataTransfer });
  await zone.dispatchEvent('drop', { dataTransfer });
  await expect(page.getByTestId('selected-file')).toHaveCount(10);

  await page.getByRole('button', { name: /Upload 10 files/ }).click();
  await expect(page).toHaveURL(/\?batch=/);
  await expect(page.getByTestId('batch-status')).toHaveAttribute('data-status', 'completed');
  await expect(page.getByRole('progressbar', { name: 'Batch progress' })).toHaveAttribute('aria-valuenow', '100');
  for (const file of files) {
    await expect(page.getByRole('progressbar', { name: file.name, exact: true })).toHaveAttribute('aria-valuenow', '100');
  }
  await expect(page.getByTestId('job-row')).toHaveCount(10);
  await page.screenshot({ path: path.join('test-results', 'drop-completed.png'), fullPage: true });
});
