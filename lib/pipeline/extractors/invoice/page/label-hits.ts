// Every label on the pages and the texts that may be its value: what follows it in its own cell,
// the cells to its right on its row, and the cells below it in its column. Field readers pick from
// these the first text that parses as their kind of value.
import { below, rightOf, type Cell, type PageCells } from './cells';
import { matchLabel, type LabelKind, type LabelMatch } from './labels';

export type ValueSpot = {
  text: string;
  cell: Cell | null;
  where: 'inline' | 'right' | 'below';
  /** 0 nearest. */
  distance: number;
  /** The spot is itself a label (another field's): value readers stop there, party readers step over it. */
  label: boolean;
};

export type LabelHit = LabelMatch & { cell: Cell; page: number; spots: ValueSpot[]; /** The column under the label, further down than the spots (for columns of amounts). */ column: Cell[] };

const MAX_BELOW = 4;

/** The value spots of a label cell, nearest first: inline, then right (up to another label), then below. */
function spotsOf(page: PageCells, cell: Cell, match: LabelMatch, isLabel: (c: Cell) => boolean): ValueSpot[] {
  const spots: ValueSpot[] = [];
  if (match.rest) spots.push({ text: match.rest, cell: null, where: 'inline', distance: 0, label: false });
  // Another label on the row ends this label's values ("Date: 1.2.2024   Invoice no: 17").
  for (const [i, c] of rightOf(page, cell).entries()) {
    if (isLabel(c)) break;
    spots.push({ text: c.text, cell: c, where: 'right', distance: i + (c.x0 - cell.x1) / (20 * cell.size), label: false });
  }
  below(page, cell, MAX_BELOW).forEach((c, i) => spots.push({ text: c.text, cell: c, where: 'below', distance: 1 + i, label: isLabel(c) }));
  return spots;
}

const MAX_HITS_PER_PAGE = 300;

/** Label hits on every page, in reading order (page, then top to bottom). */
export function findLabels(pages: PageCells[]): LabelHit[] {
  const hits: LabelHit[] = [];
  for (const page of pages) {
    const matches = new Map<Cell, LabelMatch>();
    for (const cell of page.cells) {
      const m = matchLabel(cell.text);
      if (m) matches.set(cell, m);
    }
    // A cell is "a label" (for stopping the search) when it is mostly label: little text after it.
    const isLabel = (c: Cell) => {
      const m = matches.get(c);
      return !!m && m.rest.length <= 3;
    };
    // Each hit looks along its row and down its column: on a page of thousands of label-like
    // cells (a hostile or a generated page, no invoice) only the first few hundred are followed.
    let followed = 0;
    for (const [cell, m] of matches) {
      if (++followed > MAX_HITS_PER_PAGE) break;
      hits.push({ ...m, cell, page: page.number, spots: spotsOf(page, cell, m, isLabel), column: below(page, cell, 14) });
    }
  }
  return hits;
}

export const hitsOf = (hits: LabelHit[], ...kinds: LabelKind[]) => hits.filter((h) => kinds.includes(h.kind));

/** The spots a value reader looks at: up to the first one that is another label. */
export function valueSpots(hit: LabelHit): ValueSpot[] {
  const stop = hit.spots.findIndex((s) => s.label);
  return stop < 0 ? hit.spots : hit.spots.slice(0, stop);
}
