// The upload zone and the tracker in a real browser against the real server: the priority chosen
// is the batch's, "Try it" makes a sample batch that runs to the end, a picked folder keeps its
// nested PDFs and refuses the rest with a reason, the tracker mid-batch (speed, time left, places
// in line) and its end (tab title, announcement), and a selection of 1,000 files (timed).
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { BatchDetail } from '../../lib/schemas/batch';
import { makeTextPdf } from '../support/make-pdf';
import { generatedCorpus, generatedDir } from '../support/pdfs';

const shots = (name: string) => path.join('test-results', name);

async function openPage(page: Page) {
  await page.goto('/batch');
  await expect(page.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();
}

const batchIdOf = (page: Page) => new URL(page.url()).searchParams.get('batch') as string;

test('the priority chosen before sending is the batch priority', async ({ page }) => {
  const corpus = await generatedCorpus();
  const file = corpus.find((e) => e.category === 'invoice') as { file: string };
  await openPage(page);
  await page.getByTestId('file-input').setInputFiles(path.join(generatedDir, file.file));
  await page.getByLabel('Batch name (optional)').fill('Urgent invoices');
  await page.getByLabel('Priority').selectOption({ label: 'High' });
  await page.getByRole('button', { name: /Upload 1 file/ }).click();
  await expect(page).toHaveURL(/\?batch=/);
  const detail = (await (await page.request.get(`/api/batches/${batchIdOf(page)}`)).json()) as BatchDetail;
  expect([detail.name, detail.priority]).toEqual(['Urgent invoices', 5]);
  await expect(page.getByTestId('batch-status')).toHaveAttribute('data-status', 'completed');
  await expect(page).toHaveTitle('Done · pdf-batch');
});

test('options chosen while /batch is still loading are kept, and files can be added only once it has loaded', async ({ page }) => {
  // The script arrives 1.5 s after the HTML: until it runs the controls are disabled, since a choice
  // made then would be put back by hydration and the batch sent with other options.
  await page.route('**/_next/static/chunks/**', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto('/batch', { waitUntil: 'commit' });
  const workflow = page.locator('.upload-options__workflow select');
  await expect(workflow).toBeDisabled();
  await expect(page.getByTestId('file-input')).toBeDisabled();
  await workflow.selectOption('text_only');
  await page.getByTestId('file-input').setInputFiles({ name: 'early.pdf', mimeType: 'application/pdf', buffer: await makeTextPdf(1, 'Early') });
  await expect(page.getByTestId('selected-file')).toHaveCount(1);
  await expect(workflow).toHaveValue('text_only');
});

test('the upload notice says how many files are copies of an earlier one and take its result', async ({ page }) => {
  const pdf = await makeTextPdf(1, 'Copied');
  await openPage(page);
  await page.getByTestId('file-input').setInputFiles([
    { name: 'original.pdf', mimeType: 'application/pdf', buffer: pdf },
    { name: 'copy.pdf', mimeType: 'application/pdf', buffer: pdf },
  ]);
  await page.getByRole('button', { name: /Upload 2 files/ }).click();
  await expect(page.getByText(/2 files queued for processing\. 1 is a copy of an earlier file and will take its result\./)).toBeVisible();
});

test('"Try it with sample PDFs" makes a batch of the samples that completes, and says so', async ({ page, context }) => {
  await context.grantPermissions(['notifications']);
  await openPage(page);
  await page.getByRole('button', { name: 'Try it with sample PDFs' }).click();
  await expect(page).toHaveURL(/\?batch=/);
  await expect(page.getByRole('heading', { level: 2, name: 'Sample PDFs' })).toBeVisible();
  await expect(page.getByTestId('job-row')).toHaveCount(6);
  await expect(page.getByTestId('batch-status')).toHaveAttribute('data-status', 'completed');
  await expect(page.getByTestId('job-row').filter({ hasText: 'Done' })).toHaveCount(6);
  await expect(page).toHaveTitle('Done · pdf-batch');
});

test('a picked folder: nested PDFs are kept with their paths, the rest refused with the reason', async ({ page }) => {
  const corpus = await generatedCorpus();
  const [a, b] = corpus.filter((e) => e.category === 'datasheet');
  const root = await mkdtemp(path.join(os.tmpdir(), 'pdf-batch-folder-'));
  const folder = path.join(root, 'scans');
  try {
    await mkdir(path.join(folder, '2024', 'march'), { recursive: true });
    await writeFile(path.join(folder, 'top.pdf'), await readFile(path.join(generatedDir, a.file)));
    await writeFile(path.join(folder, '2024', 'march', 'deep.pdf'), await readFile(path.join(generatedDir, b.file)));
    await writeFile(path.join(folder, '2024', 'notes.txt'), 'not a pdf\n');
    await writeFile(path.join(folder, '2024', 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]));

    await openPage(page);
    await page.getByTestId('folder-input').setInputFiles(folder);
    await expect(page.getByTestId('selected-file')).toHaveCount(2);
    await expect(page.getByTestId('selected-file').filter({ hasText: 'scans/2024/march/deep.pdf' })).toHaveCount(1);
    await expect(page.getByTestId('refused-file')).toHaveCount(2);
    await expect(page.getByTestId('refused-file').filter({ hasText: 'scans/2024/notes.txt' })).toContainText('This is not a PDF');
    await expect(page.getByTestId('refused-file').filter({ hasText: 'scans/2024/photo.jpg' })).toContainText('This is not a PDF');
    await page.getByRole('region', { name: 'New batch' }).screenshot({ path: shots('upload-mixed-selection.png') });

    await page.getByRole('button', { name: /Upload 2 files/ }).click();
    await expect(page.getByTestId('batch-status')).toHaveAttribute('data-status', 'completed');
    await expect(page.getByRole('progressbar', { name: 'scans/2024/march/deep.pdf', exact: true })).toHaveAttribute('aria-valuenow', '100');
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

test('a PDF is added by its bytes whatever its name; a PDF with junk in front of it is refused with what to do', async ({ page }) => {
  const corpus = await generatedCorpus();
  const sample = await readFile(path.join(generatedDir, (corpus.find((e) => e.category === 'datasheet') as { file: string }).file));
  await openPage(page);
  await page.getByTestId('file-input').setInputFiles([
    { name: 'scan_noext', mimeType: '', buffer: sample },
    { name: 'junk.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([Buffer.from('JUNKJUNKJUNK garbage header\n'), sample]) },
    { name: 'notes', mimeType: '', buffer: Buffer.from('just notes\n') },
  ]);
  await expect(page.getByTestId('selected-file')).toHaveCount(1);
  await expect(page.getByTestId('selected-file')).toContainText('scan_noext');
  await expect(page.getByTestId('refused-file').filter({ hasText: 'junk.pdf' })).toContainText(
    'This PDF has 28 bytes of something else before its start (%PDF-); files like that are refused because they can also be read as another kind of file. Remove the bytes before %PDF- (or re-save the file from a PDF viewer) and add it again.',
  );
  await expect(page.getByTestId('refused-file').filter({ hasText: 'notes' })).toContainText('This is not a PDF');
  await page.getByRole('button', { name: /Upload 1 file/ }).click();
  await expect(page.getByTestId('batch-status')).toHaveAttribute('data-status', 'completed');
});

test('mid-batch the tracker shows speed, time left and places in line; its end is announced', async ({ page }) => {
  const corpus = await generatedCorpus();
  const files = corpus.filter((e) => e.expect === 'ok' && e.pages !== null).map((e) => path.join(generatedDir, e.file));
  await openPage(page);
  await page.getByTestId('file-input').setInputFiles(files);
  await expect(page.getByTestId('selection-summary')).toContainText(`${files.length} files`);
  await page.getByRole('button', { name: /^Upload \d+ files/ }).click();
  await expect(page).toHaveURL(/\?batch=/);
  await expect(page.getByTestId('job-row').filter({ hasText: /#\d+ in line/ }).first()).toBeVisible();

  // Once a few files are done the speed shows; then hold the queue, so the picture is of a batch in
  // the middle (paused: it says so, with no estimate).
  await expect.poll(async () => Number(await page.getByTestId('count-completed').textContent())).toBeGreaterThanOrEqual(3);
  const stats = page.getByTestId('tracker-stats');
  const running = (await page.getByTestId('batch-status').getAttribute('data-status')) === 'processing';
  if (running) await expect(stats).toContainText(/pages\/s/);
  await page.request.post('/api/queue/pause');
  try {
    if (running && (await page.getByTestId('batch-status').getAttribute('data-status')) === 'processing') {
      await expect(stats).toContainText('Queue paused');
      await expect(page).toHaveTitle(/^\d+% · pdf-batch$/);
      await page.locator('section.tracker').screenshot({ path: shots('tracker-mid-batch.png') });
    }
  } finally {
    await page.request.post('/api/queue/resume');
  }
  await expect(page.getByTestId('batch-status')).toHaveAttribute('data-status', 'completed');
  await expect(page.getByTestId('batch-announcement')).toContainText(/finished: \d+ files completed/);
  await expect(page).toHaveTitle('Done · pdf-batch');
});

test('1,000 files selected at once are listed quickly and the page stays usable', async ({ page }) => {
  const pdf = await makeTextPdf(1, 'Tiny');
  const files = Array.from({ length: 1000 }, (_, i) => ({
    name: `tiny-${String(i + 1).padStart(4, '0')}.pdf`,
    mimeType: 'application/pdf',
    buffer: pdf,
  }));
  await openPage(page);
  const started = Date.now();
  await page.getByTestId('file-input').setInputFiles(files);
  await expect(page.getByTestId('selection-summary')).toContainText('1,000 files', { timeout: 60_000 });
  const elapsed = Date.now() - started;
  console.log(`1,000-file selection listed in ${elapsed} ms`);
  expect(elapsed).toBeLessThan(20_000);

  // Still responsive: the options answer at once, and one file can be removed.
  await page.getByLabel('Batch name (optional)').fill('Thousand');
  await page.getByRole('button', { name: 'Remove tiny-0001.pdf' }).click();
  await expect(page.getByTestId('selection-summary')).toContainText('999 files');
  await expect(page.getByRole('button', { name: /Upload 999 files/ })).toBeEnabled();
});

test('files pasted on the page join the selection; a non-PDF among them is refused with the reason', async ({ page }) => {
  const corpus = await generatedCorpus();
  const invoice = corpus.find((e) => e.category === 'invoice') as { file: string };
  const base64 = (await readFile(path.join(generatedDir, invoice.file))).toString('base64');
  await openPage(page);
  await page.evaluate((pdf) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([Uint8Array.from(atob(pdf), (c) => c.charCodeAt(0))], 'pasted.pdf', { type: 'application/pdf' }));
    transfer.items.add(new File(['hello'], 'clipboard.txt', { type: 'text/plain' }));
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, base64);
  await expect(page.getByTestId('selected-file')).toHaveText([/pasted\.pdf/]);
  await expect(page.getByTestId('refused-file')).toContainText('clipboard.txt');
});

test('while uploading each file has its own bar, and cancelling aborts the request', async ({ page }) => {
  const pdfs = await Promise.all([0, 1, 2].map((i) => makeTextPdf(40 + i, `Slow upload ${i}`)));
  const files = pdfs.map((buffer, i) => ({ name: `big-${i + 1}.pdf`, mimeType: 'application/pdf', buffer }));
  await openPage(page);
  await page.getByTestId('file-input').setInputFiles(files);
  await expect(page.getByTestId('selected-file')).toHaveCount(3);

  // The request is held on its way to the server, so the upload is still going when we look and
  // cancel, however fast the machine (emulated slow networks let an upload through now and then).
  // What is checked is that the page itself aborts it. Each file's share of the bytes sent is
  // worked out by lib/client/upload-split.ts (its unit test).
  await page.route('**/api/batches', (route) => (route.request().method() === 'POST' ? undefined : route.fallback()));
  const abandoned = page.waitForEvent('requestfailed', (request) => request.method() === 'POST' && new URL(request.url()).pathname === '/api/batches');
  await page.getByRole('button', { name: /Upload 3 files/ }).click();
  await expect(page.getByRole('button', { name: 'Cancel upload' })).toBeVisible();
  for (const file of ['big-1.pdf', 'big-2.pdf', 'big-3.pdf']) await expect(page.getByRole('progressbar', { name: `Upload of ${file}` })).toBeVisible();
  await page.getByRole('region', { name: 'New batch' }).screenshot({ path: shots('upload-in-progress.png') });

  await page.getByRole('button', { name: 'Cancel upload' }).click();
  expect((await abandoned).failure()?.errorText).toMatch(/ABORTED/);
  await expect(page.getByRole('button', { name: /Upload 3 files/ })).toBeEnabled();
  await expect(page.getByTestId('selected-file')).toHaveCount(3);
});

test('a real drop of PDFs with a non-PDF among them: the PDFs are added, the other refused with the reason', async ({ page }) => {
  const corpus = await generatedCorpus();
  const pdfs = corpus.filter((e) => e.category === 'form').slice(0, 2);
  const items = [
    ...(await Promise.all(pdfs.map(async (e) => ({ name: e.file, type: 'application/pdf', base64: (await readFile(path.join(generatedDir, e.file))).toString('base64') })))),
    { name: 'readme.md', type: 'text/markdown', base64: Buffer.from('# not a pdf\n').toString('base64') },
  ];
  await openPage(page);
  const dataTransfer = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const item of list) transfer.items.add(new File([Uint8Array.from(atob(item.base64), (c) => c.charCodeAt(0))], item.name, { type: item.type }));
    return transfer;
  }, items);
  const zone = page.getByRole('button', { name: /Add PDF files/ });
  await zone.dispatchEvent('dragenter', { dataTransfer });
  await zone.dispatchEvent('dragover', { dataTransfer });
  await zone.dispatchEvent('drop', { dataTransfer });
  await expect(page.getByTestId('selected-file')).toHaveCount(2);
  await expect(page.getByTestId('refused-file')).toHaveText([/readme\.md.*This is not a PDF/]);
});
