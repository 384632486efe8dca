// The pieces of text an invoice is read from, with their place on the page: every segment of every
// line (a label, a value, a table cell), and the geometric questions the field readers ask of them:
// what stands to the right of a label on its row, and what stands below it in its column.
import type { PageLayout } from '../../../layout/types';

export type Cell = {
  text: string;
  x0: number;
  x1: number;
  /** Baseline, from the top of the page. */
  y: number;
  size: number;
  page: number;
  /** Index among the page's cells, top to bottom, left to right. */
  index: number;
};

export type PageCells = { number: number; width: number; height: number; cells: Cell[] };

const MAX_CELL_CHARS = 300;

export function pageCells(layout: PageLayout): PageCells {
  const cells: Cell[] = [];
  for (const line of layout.lines) {
    // A cell of an invoice is a label, a value or a line of an address; longer text is prose, and
    // its first few hundred characters say all the reader looks for (and bound every pattern's work).
    for (const s of line.segments) cells.push({ text: s.text.slice(0, MAX_CELL_CHARS), x0: s.x0, x1: s.x1, y: s.y, size: s.size, page: layout.number, index: 0 });
  }
  cells.sort((a, b) => a.y - b.y || a.x0 - b.x0);
  cells.forEach((c, i) => (c.index = i));
  return { number: layout.number, width: layout.width, height: layout.height, cells };
}

/** On the same row: baselines within a third of the text's height. */
export const sameRow = (a: Cell, b: Cell) => Math.abs(a.y - b.y) <= 0.35 * Math.max(a.size, b.size);

/** Cells on the label's row to its right, nearest first. */
export function rightOf(page: PageCells, label: Cell): Cell[] {
  return page.cells.filter((c) => c !== label && sameRow(c, label) && c.x0 >= label.x1 - 1).sort((a, b) => a.x0 - b.x0);
}

/** Cells on the label's row to its left, nearest first. */
export function leftOf(page: PageCells, label: Cell): Cell[] {
  return page.cells.filter((c) => c !== label && sameRow(c, label) && c.x1 <= label.x0 + 1).sort((a, b) => b.x1 - a.x1);
}

/**
 * Cells below the label within `lines` line heights, in the label's column: starting under it and
 * reaching right up to the next cell on the label's row (a value below a label is often set further
 * right, as in right-aligned info blocks), nearest row first.
 */
export function below(page: PageCells, label: Cell, lines = 3): Cell[] {
  const next = rightOf(page, label)[0];
  const left = label.x0 - 1.5 * label.size;
  const right = next ? next.x0 - 2 : Math.max(label.x1 + 0.45 * page.width, label.x1);
  const limit = label.y + lines * 1.6 * label.size;
  return page.cells
    .filter((c) => c.y > label.y + 0.5 * label.size && c.y <= limit && c.x1 > left && c.x0 < right && c.x0 >= left)
    .sort((a, b) => a.y - b.y || Math.abs(a.x0 - label.x0) - Math.abs(b.x0 - label.x0));
}

/** Cells of a block of lines starting at `first`: the lines below it at about its left edge, spaced like lines of one address. */
export function blockBelow(page: PageCells, first: Cell, maxLines = 7): Cell[] {
  const out = [first];
  let last = first;
  let pitch = 0;
  for (const c of page.cells) {
    if (out.length >= maxLines) break;
    if (c.y <= last.y + 0.5 * last.size) continue;
    // A blank line ends the block: a gap much wider than the block's own line spacing.
    const limit = pitch ? Math.max(1.9 * last.size, 1.5 * pitch) : 2.0 * Math.max(last.size, c.size);
    if (c.y > last.y + limit) break;
    if (Math.abs(c.x0 - first.x0) > 1.2 * first.size) continue;
    // Another print size is another block (the small sender line above a window address).
    if (Math.abs(c.size - last.size) > 0.15 * Math.max(c.size, last.size)) break;
    pitch = pitch || c.y - last.y;
    out.push(c);
    last = c;
  }
  return out;
}

/** True when no line sits right above the cell at its left edge: the cell starts a block. */
export function startsBlock(page: PageCells, cell: Cell): boolean {
  return !page.cells.some(
    (c) => c !== cell && c.y < cell.y - 0.5 * cell.size && c.y >= cell.y - 1.9 * cell.size && Math.abs(c.x0 - cell.x0) <= 1.2 * cell.size && Math.abs(c.size - cell.size) <= 0.15 * cell.size,
  );
}
