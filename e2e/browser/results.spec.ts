// The results of a batch in a real browser: the summary cards and the sortable, filterable
// table under the tracker, then one invoice's document view with its downloads.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { JobDetail } from '../../lib/jobs/get-job';
import { generatedCorpus, generatedDir } from '../support/pdfs';

const FILES = ['invoice-1.pdf', 'datasheet-1.pdf', 'truncated.pdf'];

async function uploadThree(page: Page) {
  await generatedCorpus();
  await page.goto('/batch');
  await expect(page.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();
  await page.getByTestId('file-input').setInputFiles(FILES.map((f) => path.join(generatedDir, f)));
  await page.getByLabel('Batch name (optional)').fill('Results test');
  await page.getByRole('button', { name: /Upload 3 files/ }).click();
  await expect(page).toHaveURL(/\?batch=/);
  await expect(page.getByTestId('batch-status')).toHaveAttribute('data-status', 'completed_with_errors');
}

const firstCells = (page: Page) => page.getByTestId('result-row').locator('th');

test('the summary counts the batch, and its table sorts, filters and links to each document', async ({ page }) => {
  await uploadThree(page);
  const summary = page.getByTestId('results-summary');
  await expect(summary).toBeVisible();
  await expect(summary.getByTestId('summary-total')).toHaveText('3');
  await expect(summary.getByTestId('summary-completed')).toHaveText('2');
  await expect(summary.getByTestId('summary-failed')).toHaveText('1');
  await expect(summary.getByTestId('summary-cancelled')).toHaveText('0');
  await expect(summary.getByTestId('summary-pages')).toHaveText('3');
  await expect(summary.getByTestId('summary-time')).toHaveText(/\d+(\.\d)? (ms|s)|min/);

  const rows = page.getByTestId('result-row');
  await expect(rows).toHaveCount(3);
  await expect(firstCells(page)).toHaveText(['datasheet-1.pdf', 'invoice-1.pdf', 'truncated.pdf']);
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await expect(page.getByRole('columnheader', { name: 'File', exact: true })).toHaveAttribute('aria-sort', 'descending');
  await expect(firstCells(page)).toHaveText(['truncated.pdf', 'invoice-1.pdf', 'datasheet-1.pdf']);
  await page.getByRole('button', { name: 'Pages', exact: true }).click();
  await expect(firstCells(page)).toHaveText(['datasheet-1.pdf', 'invoice-1.pdf', 'truncated.pdf']);

  await page.getByLabel('Status', { exact: true }).selectOption('failed');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute('data-status', 'failed');
  await expect(rows.first().locator('.results-table__error')).toHaveText(/\S/);
  await page.getByLabel('Status', { exact: true }).selectOption('all');
  await page.getByLabel('Search by name').fill('INVOICE');
  await expect(rows).toHaveCount(1);
  await page.getByLabel('Search by name').fill('');
  await expect(rows).toHaveCount(3);

  const invoiceRow = rows.filter({ hasText: 'invoice-1.pdf' });
  await expect(invoiceRow).toHaveAttribute('data-category', 'invoice');
  await expect(invoiceRow).toContainText('INV-2026-5731');
  await expect(rows.filter({ hasText: 'datasheet-1.pdf' })).toHaveAttribute('data-category', 'datasheet');
  await expect(rows.filter({ hasText: 'datasheet-1.pdf' })).toContainText('IPX60R190P7');
  await expect(summary.getByTestId('summary-categories')).toContainText('Invoice');
  await expect(summary.getByTestId('summary-categories')).toContainText('Datasheet');
  await page.getByLabel('Category', { exact: true }).selectOption('invoice');
  await expect(rows).toHaveCount(1);
  await page.getByLabel('Category', { exact: true }).selectOption('all');
  await summary.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/results-summary.png', fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 390, height: 844 });
  await summary.screenshot({ path: 'test-results/results-summary-dark-narrow.png' });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 720 });

  await invoiceRow.getByRole('link', { name: 'invoice-1.pdf' }).click();
  await expect(page).toHaveURL(/\/batch\/[^/]+\/documents\/[^/]+$/);
  await expect(page.getByRole('heading', { level: 1, name: 'invoice-1.pdf' })).toBeVisible();
  await expect(page.getByTestId('doc-status')).toHaveText('Completed');
});

test('the document view shows an invoice, downloads its result JSON and opens the original PDF', async ({ page }) => {
  await uploadThree(page);
  await page.getByTestId('result-row').filter({ hasText: 'invoice-1.pdf' }).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'invoice-1.pdf' })).toBeVisible();
  for (const title of ['Classification', 'Key data', 'Fields', 'Tables', 'Mentions', 'Document information', 'Pages', 'Full text', 'Warnings']) {
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${title}`) })).toBeVisible();
  }
  await expect(page.getByTestId('doc-text')).toContainText('INV-2026-5731');

  // Download result JSON: a file named after the PDF, holding the job and its result.
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download result JSON' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('invoice-1.json');
  const saved = JSON.parse(await readFile((await download.path()) as string, 'utf8')) as JobDetail;
  expect(saved.filename).toBe('invoice-1.pdf');
  const result = saved.result;
  if (!result) throw new Error('the downloaded JSON has no result');
  expect(result.metadata.page_count).toBe(1);

  // What the pipeline produced: category, language, a field, a table, the invoice's key data.
  await expect(page.getByTestId('doc-category')).toContainText(/Invoice · \d+% confidence/);
  await expect(page.getByTestId('doc-language')).toContainText('English (en)');
  const fields = result.fields ?? [];
  expect(fields.length).toBeGreaterThan(0);
  await expect(page.getByTestId('doc-fields')).toContainText(fields[0].value);
  await expect(page.getByTestId('doc-fields')).toContainText('INV-2026-5731');
  const tables = result.tables ?? [];
  expect(tables.length).toBeGreaterThan(0);
  await expect(page.getByTestId('doc-table').first().locator('tbody tr')).toHaveCount(tables[0].rows.length);
  await expect(page.getByTestId('doc-domain')).toContainText('INV-2026-5731');
  await expect(page.getByTestId('doc-domain')).toContainText('12,184.44 USD');
  await expect(page.getByTestId('invoice-details')).toContainText('GB29NWBK60161331926819');
  await expect(page.getByTestId('section-classification').getByRole('listitem').first()).toBeVisible();

  // The original PDF: inline for the viewer, as an attachment by default.
  const href = (await page.getByRole('link', { name: 'Open original PDF' }).getAttribute('href')) as string;
  expect(href).toMatch(/\/file\?inline=1$/);
  const inline = await page.request.get(href);
  expect(inline.status()).toBe(200);
  expect(inline.headers()['content-type']).toBe('application/pdf');
  expect(inline.headers()['content-disposition']).toMatch(/^inline; .*filename\*=UTF-8''invoice-1\.pdf/);
  expect(inline.headers()['x-content-type-options']).toBe('nosniff');
  expect((await inline.body()).subarray(0, 5).toString()).toBe('%PDF-');
  const attachment = await page.request.get(href.replace('?inline=1', ''));
  expect(attachment.headers()['content-disposition']).toMatch(/^attachment; /);
  const missing = await page.request.get('/api/jobs/no-such-job/file');
  expect(missing.status()).toBe(404);
  expect((await missing.json()).error.code).toBe('not_found');

  await page.screenshot({ path: 'test-results/document-view.png', fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.mouse.move(0, 0);
  await page.screenshot({ path: 'test-results/document-view-dark-narrow.png' });
  await page.locator('#fields').screenshot({ path: 'test-results/document-fields-dark-narrow.png' });
});

test("the document view shows a datasheet's SPICE model: its card, parameters with sources, checks and plot", async ({ page }) => {
  await uploadThree(page);
  await page.getByTestId('result-row').filter({ hasText: 'datasheet-1.pdf' }).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'datasheet-1.pdf' })).toBeVisible();
  const model = page.getByTestId('spice-model').first();
  await expect(model).toHaveAttribute('data-part', 'IPX60R190P7');
  await expect(model.getByRole('heading', { level: 3 })).toContainText('N-channel MOSFET');
  await expect(model.getByTestId('spice-card')).toContainText(/^\* IPX60R190P7: .*\n\.subckt IPX60R190P7 D G S$/m);
  const parameters = model.getByTestId('spice-parameters');
  await expect(parameters.locator('tbody tr').filter({ hasText: /^VTO/ })).toContainText('fitted');
  await expect(parameters.locator('tbody tr').filter({ hasText: /^VTO/ })).toContainText('VGS(th) p1');
  await expect(parameters.locator('tbody tr').filter({ hasText: /^LAMBDA/ })).toContainText('default');
  await expect(model.getByTestId('spice-checks').locator('tbody tr').filter({ hasText: 'RDS(on)' }).first()).toContainText('190 mΩ');
  await expect(model.getByTestId('spice-plot')).toBeVisible();
  await expect(model.getByTestId('spice-plot').locator('path')).toHaveAttribute('d', /^M[\d.]+,[\d.]+( L[\d.]+,[\d.]+){10,}/);
  await model.screenshot({ path: 'test-results/spice-model.png' });
});
