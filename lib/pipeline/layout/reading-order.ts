// Reading order by a constrained XY-cut: the page is cut at wide horizontal bands of white space
// into regions; a region is cut into columns only where a vertical gutter runs through it with
// prose on both sides (long multi-word segments), so page columns are read one after the other
// while a table's columns stay together and are read row by row.
import type { Row } from './segments';
import type { Line, Segment } from './types';

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : 0;
};

type Piece = Segment & { row: number };

export function readingOrder(rows: Row[]): Line[] {
  const pieces: Piece[] = rows.flatMap((row, i) => row.segments.map((s) => ({ ...s, row: i })));
  if (pieces.length === 0) return [];
  const em = median(pieces.map((p) => p.size)) || 10;
  const blocks: Piece[][] = [];
  cut(pieces, em, blocks, 0);
  return blocks.flatMap((block, index) => toLines(block, index));
}

function cut(pieces: Piece[], em: number, out: Piece[][], depth: number): void {
  if (depth > 12 || pieces.length < 2) {
    out.push(pieces);
    return;
  }
  const regions = splitHorizontally(pieces, em);
  for (const region of regions) {
    const columns = splitColumns(region, em);
    if (columns) for (const column of columns) cut(column, em, out, depth + 1);
    else out.push(region);
  }
}

/** Cuts at bands of white space taller than about one line across the whole width. */
function splitHorizontally(pieces: Piece[], em: number): Piece[][] {
  const sorted = [...pieces].sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const regions: Piece[][] = [[]];
  let lowest = -Infinity;
  for (const piece of sorted) {
    const top = piece.y - 0.75 * piece.size;
    if (regions[regions.length - 1].length && top - lowest > 1.0 * em) regions.push([]);
    regions[regions.length - 1].push(piece);
    lowest = Math.max(lowest, piece.y + 0.25 * piece.size);
  }
  return regions;
}

const isProse = (side: Piece[]) => {
  const rows = new Set(side.map((p) => p.row)).size;
  if (rows < 3) return false;
  const chars = side.reduce((n, p) => n + p.text.length, 0) / side.length;
  const words = side.reduce((n, p) => n + p.text.split(' ').length, 0) / side.length;
  return chars >= 18 && words >= 3;
};

/** Splits a region into columns at the widest clear gutter with prose on both sides, or null. */
function splitColumns(region: Piece[], em: number): Piece[][] | null {
  if (region.length < 6) return null;
  const left = Math.min(...region.map((p) => p.x0));
  const right = Math.max(...region.map((p) => p.x1));
  const width = right - left;
  const spans = region.map((p) => [p.x0, p.x1] as const).sort((a, b) => a[0] - b[0]);
  let best: { at: number; gap: number } | null = null;
  let reach = spans[0][1];
  for (const [x0, x1] of spans.slice(1)) {
    const gap = x0 - reach;
    if (gap >= Math.max(8, em) && (!best || gap > best.gap)) best = { at: reach + gap / 2, gap };
    reach = Math.max(reach, x1);
  }
  if (!best) return null;
  const leftSide = region.filter((p) => p.x1 <= best.at);
  const rightSide = region.filter((p) => p.x0 >= best.at);
  const wide = (side: Piece[]) => Math.max(...side.map((p) => p.x1)) - Math.min(...side.map((p) => p.x0)) >= 0.25 * width;
  if (!wide(leftSide) || !wide(rightSide) || !isProse(leftSide) || !isProse(rightSide)) return null;
  return [leftSide, rightSide];
}

function toLines(block: Piece[], blockIndex: number): Line[] {
  const byRow = new Map<number, Piece[]>();
  for (const piece of block) {
    const row = byRow.get(piece.row);
    if (row) row.push(piece);
    else byRow.set(piece.row, [piece]);
  }
  return [...byRow.values()]
    .map((segments) => segments.sort((a, b) => a.x0 - b.x0))
    .sort((a, b) => a[0].y - b[0].y)
    .map((pieces) => {
      const segments: Segment[] = pieces.map(({ row: _row, ...segment }) => segment);
      return {
        text: segments.map((s) => s.text).join(' '),
        segments,
        x0: segments[0].x0,
        x1: segments[segments.length - 1].x1,
        y: segments[0].y,
        size: Math.max(...segments.map((s) => s.size)),
        block: blockIndex,
      };
    });
}
