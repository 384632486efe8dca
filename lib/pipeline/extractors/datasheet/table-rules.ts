// The drawn rules of the pages that hold characteristics tables, read into their layouts before the
// datasheet extractor runs (reading a page's operator list costs about what reading its text does,
// so only those pages pay for it). A page whose rules cannot be read is read without them.
import { readRules } from '../../layout/rules';
import type { PageLayout } from '../../layout/types';
import type { PdfDocument } from '../../pdfjs';
import { tablePages } from './tables';

export async function attachTableRules(doc: PdfDocument, layouts: PageLayout[], warnings: string[]): Promise<void> {
  for (const number of tablePages(layouts)) {
    const layout = layouts[number - 1];
    try {
      const page = await doc.getPage(number);
      layout.rules = await readRules(page, page.getViewport({ scale: 1 }).transform);
      page.cleanup();
    } catch (err) {
      warnings.push(`The table rules of page ${number} could not be read (${(err as Error).message}); its tables were read without them.`);
    }
  }
}
