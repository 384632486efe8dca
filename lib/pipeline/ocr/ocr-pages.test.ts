// The OCR pass against the deadline, with stand-in engines: a page still being read (or a permit
// still held by another document) when the time is up is given up, so the document can complete
// with what it has instead of being ended at JOB_TIMEOUT_S.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PDFDocument } from 'pdf-lib';
import { closePdf, openPdf } from '../pdfjs';
import type { PageLayout } from '../layout/types';
import type { PageResult } from '../types';
import { ocrPages, type OcrService } from './ocr-pages';

async function twoPages() {
  const pdf = await PDFDocument.create();
  pdf.addPage([200, 200]);
  pdf.addPage([200, 200]);
  const doc = await openPdf(await pdf.save());
  const pages: PageResult[] = [1, 2].map((number) => ({ number, width: 200, height: 200, text: '', has_text_layer: false, image_count: 1, needs_ocr: true }));
  const layouts: PageLayout[] = pages.map((p) => ({ number: p.number, width: 200, height: 200, lines: [], text: '' }));
  return { doc, pages, layouts };
}

const never = <T>() => new Promise<T>(() => undefined);

for (const [what, service] of [
  ['a page Tesseract is still reading', { acquire: async () => undefined, release: () => undefined, recognize: never }],
  ['a permit another document holds', { acquire: never, release: () => undefined, recognize: never }],
] as [string, OcrService][]) {
  test(`OCR gives up ${what} at the deadline and names the pages left unread`, { timeout: 20_000 }, async () => {
    const { doc, pages, layouts } = await twoPages();
    const released: (boolean | undefined)[] = [];
    const warnings: string[] = [];
    // Two guessed pages (6 s) fit, so the first page is started.
    const deadline = Date.now() + 6_500;
    try {
      const done = await ocrPages(doc, pages, layouts, {
        mode: 'auto',
        languages: ['eng'],
        deadline,
        warnings,
        service: { ...service, release: (abandon) => void released.push(abandon) },
        onPage: () => undefined,
      });
      assert.equal(done, false);
    } finally {
      await closePdf(doc);
    }
    assert.ok(Date.now() - deadline < 1_000, `returned ${Date.now() - deadline} ms after the deadline`);
    assert.deepEqual(warnings, ['OCR stopped at the time limit (JOB_TIMEOUT_S): pages 1, 2 not read.']);
    // The permit (or the place in line for it) is given back; a page still being read is stopped.
    assert.deepEqual(released, [what.startsWith('a page') ? true : undefined]);
    assert.ok(pages.every((p) => p.ocr === undefined));
  });
}
