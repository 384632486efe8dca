// pdf.js text items → runs in top-left page coordinates. Items are mapped through the page's
// viewport transform, so rotated pages and offset media boxes come out upright. Vertical or
// rotated text is kept apart (`rotated`): it is read after the horizontal text of the page.
import { multiply } from './matrix';
import { fromSymbolFont } from './symbol-font';
import type { Run } from './types';

export type TextItem = { str: string; transform: number[]; width: number; height: number; hasEOL?: boolean };

const isTextItem = (item: object): item is TextItem => 'str' in item && 'transform' in item;

export function toRuns(items: object[], viewportTransform: number[]): { runs: Run[]; rotated: string[] } {
  const runs: Run[] = [];
  const rotated: string[] = [];
  for (const item of items) {
    if (!isTextItem(item) || !item.str || !item.str.trim()) continue;
    const [a, b, c, d, e, f] = multiply(viewportTransform, item.transform);
    const scaleX = Math.hypot(a, b);
    const size = Math.hypot(c, d) || Math.abs(item.height) || scaleX;
    if (!Number.isFinite(e + f + size) || size <= 0) continue;
    // In viewport space upright text has a ≈ scale, b ≈ 0 (and d < 0: y grows downwards).
    if (Math.abs(b) > 0.05 * scaleX || a <= 0) {
      rotated.push(fromSymbolFont(item.str).trim());
      continue;
    }
    // item.width is already in page units; the viewport is at scale 1.
    runs.push({ text: fromSymbolFont(item.str), x0: e, x1: e + Math.abs(item.width), y: f, size });
  }
  return { runs, rotated };
}
