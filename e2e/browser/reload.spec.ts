// A reload in the middle of a batch loses nothing: the page rebuilds from the server's snapshot
// (the database is the source of truth) and the live updates carry on to the end.
import { expect, test } from '@playwright/test';
import { makeTextPdf } from '../support/make-pdf';

test('reloading mid-batch shows the same batch, its progress so far, and every bar still reaches 100', async ({ page }) => {
  const long = { name: 'long-report.pdf', mimeType: 'application/pdf', buffer: await makeTextPdf(490, 'Long report') };
  const shorts = await Promise.all(
    [1, 2, 3].map(async (n) => ({ name: `short-${n}.pdf`, mimeType: 'application/pdf', buffer: await makeTextPdf(2, `Short ${n}`) })),
  );
  await page.goto('/batch');
  await expect(page.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();
  await page.getByTestId('file-input').setInputFiles([long, ...shorts]);
  await page.getByLabel('Batch name (optional)').fill('Reload test');
  await page.getByRole('button', { name: /Upload 4 files/ }).click();
  await expect(page).toHaveURL(/\?batch=/);
  const url = page.url();

  // Reload while the long document is still being processed.
  await expect(page.getByTestId('job-row').filter({ hasText: 'long-report.pdf' })).toHaveAttribute('data-status', 'processing');
  await page.reload();
  expect(page.url()).toBe(url);
  await expect(page.getByRole('heading', { level: 2, name: 'Reload test' })).toBeVisible();
  await expect(page.getByTestId('job-row')).toHaveCount(4);
  await expect(page.getByTestId('batch-status')).toHaveAttribute('data-status', 'completed', { timeout: 120_000 });
  for (const name of ['long-report.pdf', 'short-1.pdf', 'short-2.pdf', 'short-3.pdf']) {
    await expect(page.getByRole('progressbar', { name, exact: true })).toHaveAttribute('aria-valuenow', '100');
  }
});
