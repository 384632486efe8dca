// The drawn rules of the pages that hold characteristics tables, read into their layouts before the
// datasheet extractor runs (reading a page's operator list costs about what reading its text does,
// so only those pages pay for it). A page whose rules cannot be read is read without them.
import { readDrawing } from '../../layout/rules';
import type { PageLayout } from '../../layout/types';
import type { PdfDocument } from '../../pdfjs';
import { tablePages } from './tables';

/** Pages whose rules are read at most: a long datasheet's later tables are read by their spacing. */
const MAX_RULE_PAGES = 40;

export async function attachTableRules(doc: PdfDocument, layouts: PageLayout[], warnings: string[], deadline = Infinity): Promise<void> {
  const pages = tablePages(layouts);
  for (const [k, number] of pages.entries()) {
    if (k >= MAX_RULE_PAGES || Date.now() > deadline) {
      const why = k >= MAX_RULE_PAGES ? `only the first ${MAX_RULE_PAGES} table pages have theirs read` : 'the time limit was near';
      warnings.push(`The drawn rules of ${pages.length - k} table page(s) were not used (${why}); their tables were read by their spacing.`);
      return;
    }
    const layout = layouts[number - 1];
    let page: Awaited<ReturnType<PdfDocument['getPage']>> | null = null;
    try {
      page = await doc.getPage(number);
      const drawing = await readDrawing(page, page.getViewport({ scale: 1 }).transform);
      layout.rules = drawing.rules;
      layout.marks = drawing.marks;
    } catch (err) {
      warnings.push(`The drawn rules of page ${number} were not available (${(err as Error).message}); its tables were read by their spacing.`);
    } finally {
      page?.cleanup();
    }
  }
}
