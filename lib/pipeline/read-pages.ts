// Every page read once: pdf.js text content → the page layout (shared by all detectors) and the
// page's result. A page that cannot be read is reported in `warnings` and the others go on; past
// the time budget the remaining pages are left out and the result is marked partial.
import { countImages } from './count-images';
import { buildPageLayout } from './layout/page-layout';
import type { PageLayout } from './layout/types';
import { textQuality } from './ocr/text-quality';
import type { PdfDocument } from './pdfjs';
import type { PageResult } from './types';

/** Page progress is reported at most this often. */
const PROGRESS_EVERY_MS = 500;

/** `onPage(n, total)`: n pages read so far. */
export type ReadPagesOptions = { countImages: boolean; deadline: number; warnings: string[]; onPage?: (read: number, total: number) => void };
export type ReadPages = { pages: PageResult[]; layouts: PageLayout[]; complete: boolean };

const round = (n: number) => Math.round(n * 100) / 100;

export async function readPages(doc: PdfDocument, options: ReadPagesOptions): Promise<ReadPages> {
  const pages: PageResult[] = [];
  const layouts: PageLayout[] = [];
  let reported = Date.now();
  for (let number = 1; number <= doc.numPages; number++) {
    if (options.onPage && Date.now() - reported >= PROGRESS_EVERY_MS) {
      reported = Date.now();
      options.onPage(number - 1, doc.numPages);
    }
    if (Date.now() > options.deadline) {
      options.warnings.push(`Stopped after ${number - 1} of ${doc.numPages} pages: the time limit was reached.`);
      return { pages, layouts, complete: false };
    }
    try {
      const page = await doc.getPage(number);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const layout = buildPageLayout(content.items, { number, width: round(viewport.width), height: round(viewport.height), viewportTransform: viewport.transform });
      const chars = layout.text.replace(/\s/g, '').length;
      const quality = textQuality(layout.text);
      // Images are counted only where they decide needs_ocr: a page without usable text (a scan has
      // none or almost none). The operator list that counts them costs about half as much again
      // as the text, and a chart's page with its few labels (12 % of datasheet pages) is no scan.
      const images = options.countImages && quality.verdict === 'none' ? await countImages(page) : null;
      page.cleanup();
      layouts.push(layout);
      pages.push({
        number,
        width: layout.width,
        height: layout.height,
        text: layout.text,
        has_text_layer: chars > 0,
        image_count: images,
        // No text on a page that paints an image (a scan), or a text layer that is garbage.
        needs_ocr: quality.verdict === 'garbage' || (quality.verdict === 'none' && (images ?? 0) > 0),
      });
    } catch (err) {
      options.warnings.push(`Page ${number} could not be read: ${(err as Error).message}`);
      layouts.push({ number, width: 0, height: 0, lines: [], text: '' });
      pages.push({ number, width: 0, height: 0, text: '', has_text_layer: false, image_count: null, needs_ocr: false });
    }
  }
  return { pages, layouts, complete: true };
}
