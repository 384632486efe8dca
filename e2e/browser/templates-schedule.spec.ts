// Templates and scheduling in the upload zone, in a real browser against the real server: choosing
// a template fills in its settings and names the batch by its pattern; a batch started "at a time"
// shows as Scheduled (badge, start time, queue card) and runs when started by hand; a held batch
// waits untouched and can be cancelled before it starts.
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { BatchDetail } from '../../lib/schemas/batch';
import type { Template } from '../../lib/schemas/template';
import { makeTextPdf } from '../support/make-pdf';

const shots = (name: string) => path.join('test-results', name);
const batchIdOf = (page: Page) => new URL(page.url()).searchParams.get('batch') as string;

async function openPage(page: Page) {
  await page.goto('/batch');
  await expect(page.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();
}

async function detailOf(page: Page): Promise<BatchDetail> {
  return (await (await page.request.get(`/api/batches/${batchIdOf(page)}`)).json()) as BatchDetail;
}

/** `minutes` from now in the browser's zone, as a datetime-local input takes it. */
const localInput = (minutes: number) => toLocalInput(new Date(Date.now() + minutes * 60_000));
function toLocalInput(at: Date): string {
  return new Date(at.getTime() - at.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

test('a template chosen in the upload zone fills in its settings; a batch scheduled for later waits, shows so, and starts by hand', async ({ page }) => {
  const created = await page.request.post('/api/templates', {
    data: { name: 'Browser invoices', name_pattern: '{template} {date}', workflow: 'text_only', priority: 7, ocr: 'off' },
  });
  expect(created.status()).toBe(201);
  const template = (await created.json()) as Template;

  await openPage(page);
  await page.getByTestId('file-input').setInputFiles({ name: 'scheduled.pdf', mimeType: 'application/pdf', buffer: await makeTextPdf(1, 'Scheduled in the browser') });
  await page.locator('.upload-options').getByLabel('Template').selectOption({ label: 'Browser invoices' });
  await expect(page.locator('.upload-options').getByLabel('Workflow')).toHaveValue('text_only');
  await expect(page.locator('.upload-options__priority select')).toHaveValue('7');
  await expect(page.locator('select[name="ocr"]')).toHaveValue('off');
  await expect(page.getByLabel('Batch name (optional)')).toHaveAttribute('placeholder', 'from the template: {template} {date}');

  await page.locator('select[name="start"]').selectOption({ label: 'At a time…' });
  const startAt = localInput(90);
  await page.getByLabel('Start at (your time)').fill(startAt);
  await page.getByRole('button', { name: /Upload 1 file/ }).click();
  await expect(page).toHaveURL(/\?batch=/);

  const detail = await detailOf(page);
  expect([detail.template, detail.workflow, detail.priority, detail.ocr, detail.held]).toEqual([template.name, 'text_only', 7, 'off', false]);
  expect(detail.name).toBe(`Browser invoices ${new Date().toISOString().slice(0, 10)}`);
  expect(detail.start_at).toBe(new Date(startAt).toISOString());

  const badge = page.getByTestId('batch-status');
  await expect(badge).toHaveText('Scheduled');
  await expect(badge).toHaveAttribute('data-scheduled', 'scheduled');
  await expect(page.getByTestId('batch-schedule')).toContainText('Scheduled: its files start at');
  const item = page.getByTestId('batch-item').filter({ hasText: detail.name });
  await expect(item.locator('.status-badge')).toHaveText('Scheduled');
  await expect(item).toContainText('starts');
  await expect(page.getByTestId('queue-scheduled')).toContainText('1 queued file waits for a start time');
  await page.screenshot({ path: shots('scheduled-batch.png'), fullPage: true });

  // Still waiting a few seconds later (the workers poll every second).
  await page.waitForTimeout(3000);
  const waiting = await detailOf(page);
  expect(waiting.jobs.map((j) => [j.status, j.attempts])).toEqual([['queued', 0]]);

  await page.getByTestId('batch-actions').getByRole('button', { name: 'Start now' }).click();
  await expect(badge).toHaveAttribute('data-status', 'completed');
  await expect(page.getByTestId('batch-schedule')).toHaveCount(0);
  const done = await detailOf(page);
  expect([done.status, done.start_at, done.completed]).toEqual(['completed', null, 1]);
});

test('a held batch is not started, and can be cancelled before it starts', async ({ page }) => {
  await openPage(page);
  await page.getByTestId('file-input').setInputFiles({ name: 'held.pdf', mimeType: 'application/pdf', buffer: await makeTextPdf(1, 'Held in the browser') });
  await page.getByLabel('Batch name (optional)').fill('Held batch');
  await page.locator('select[name="start"]').selectOption({ label: 'Hold until I start it' });
  await page.getByRole('button', { name: /Upload 1 file/ }).click();
  await expect(page).toHaveURL(/\?batch=/);
  await expect(page.getByTestId('batch-status')).toHaveText('Held');
  await expect(page.getByTestId('batch-schedule')).toContainText('Held');
  await page.waitForTimeout(3000);
  expect((await detailOf(page)).jobs.map((j) => [j.status, j.attempts])).toEqual([['queued', 0]]);

  await page.getByTestId('batch-actions').getByRole('button', { name: 'Cancel batch' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel batch' }).click();
  await expect(page.getByTestId('batch-status')).toHaveAttribute('data-status', 'cancelled');
  await expect(page.getByTestId('batch-status')).toHaveText('Cancelled');
  await expect(page.getByTestId('batch-actions').getByRole('button', { name: 'Start now' })).toHaveCount(0);
});

test('"At a time" without a time is refused in words before anything is sent', async ({ page }) => {
  await openPage(page);
  await page.getByTestId('file-input').setInputFiles({ name: 'untimed.pdf', mimeType: 'application/pdf', buffer: await makeTextPdf(1, 'No time') });
  await page.locator('select[name="start"]').selectOption({ label: 'At a time…' });
  await page.getByLabel('Start at (your time)').fill('');
  await page.getByRole('button', { name: /Upload 1 file/ }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Choose the date and time the batch should start' })).toBeVisible();
  await expect(page).not.toHaveURL(/\?batch=/);
});
