// One page's layout from pdf.js's text content: runs → rows and segments → lines in reading
// order → the page's text (lines joined, a blank line between blocks, rotated text last).
import { readingOrder } from './reading-order';
import { toRuns } from './runs';
import { buildRows } from './segments';
import type { PageLayout } from './types';

export type PageGeometry = { number: number; width: number; height: number; viewportTransform: number[] };

export function buildPageLayout(items: object[], page: PageGeometry): PageLayout {
  const { runs, rotated } = toRuns(items, page.viewportTransform);
  const lines = readingOrder(buildRows(runs));
  let text = '';
  lines.forEach((line, i) => {
    if (i > 0) text += line.block !== lines[i - 1].block ? '\n\n' : '\n';
    text += line.text;
  });
  if (rotated.length) text += (text ? '\n\n' : '') + rotated.join('\n');
  return { number: page.number, width: page.width, height: page.height, lines, text };
}
