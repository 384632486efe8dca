// How many images a page paints, from its operator list. Building the operator list costs about
// half as much again as reading the text, so the pipeline counts only on pages without usable
// text: the pages where a scan is possible.
import { OPS, type PdfPage } from './pdfjs';

const IMAGE_OPS = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintImageXObjectRepeat, OPS.paintImageMaskXObjectRepeat, OPS.paintInlineImageXObjectGroup, OPS.paintImageMaskXObjectGroup]);

export async function countImages(page: PdfPage): Promise<number> {
  const ops = await page.getOperatorList({ intent: 'display' });
  let count = 0;
  for (const fn of ops.fnArray) if (IMAGE_OPS.has(fn)) count++;
  return count;
}
