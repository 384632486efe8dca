// Which column each fragment of a table's body stands in: first by overlap with the header's
// column spans (a fragment overlapping one column, or starting inside one), then, for the rest, by
// the extent the body has given each column (a left-aligned Conditions column reaches further left
// than its header), else the nearest column.
import { splitWords, type Fragment } from './fragments';
import type { Column } from './header';

export type Placed = Fragment & { column: number };

type Span = { x0: number; x1: number };

const overlap = (a: Span, b: Span) => Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
const center = (s: Span) => (s.x0 + s.x1) / 2;

export function placeFragments(columns: Column[], fragments: Fragment[]): Placed[] {
  const extents: Span[] = columns.map((c) => ({ x0: c.x0, x1: c.x1 }));
  const placed: (number | null)[] = fragments.map((f) => {
    const hits = columns.map((c, i) => ({ i, o: overlap(f, c) })).filter((h) => h.o > 0);
    if (hits.length === 1) return hits[0].i;
    if (hits.length > 1) {
      // A long text starting inside a column belongs to it (left-aligned names and conditions); one that
      // starts before the end of the first text column it crosses starts there (a symbol set close to its name).
      const start = hits.find((h) => f.x0 >= columns[h.i].x0 - 1 && f.x0 <= columns[h.i].x1);
      if (start) return start.i;
      const first = hits.reduce((a, b) => (columns[b.i].x0 < columns[a.i].x0 ? b : a));
      if (isText(columns[first.i]) && f.x0 < columns[first.i].x1) return first.i;
      return hits.sort((a, b) => b.o - a.o)[0].i;
    }
    return null;
  });
  placed.forEach((c, k) => {
    if (c === null) return;
    extents[c].x0 = Math.min(extents[c].x0, fragments[k].x0);
    extents[c].x1 = Math.max(extents[c].x1, fragments[k].x1);
  });
  // A text set too close to the next column's text to be split by gaps ("Breakdown Voltage * IC = 10mA"):
  // split at the word nearest the left edge the next text column keeps in the other rows.
  const out: Placed[] = [];
  fragments.forEach((f, k) => {
    const c = placed[k];
    if (c === null || !f.text.includes(' ')) return;
    if (!isText(columns[c])) return;
    const words = splitWords(f);
    let next = extents.findIndex((e, i) => i > c && f.x0 < e.x0 - 4 && f.x1 > e.x0 + 8 && isText(columns[i]));
    let at = next < 0 ? -1 : words.findIndex((w) => w.x0 >= extents[next].x0 - 5);
    // A limit set too close to the name before it ("operating ambient temperature range −40"): the
    // trailing number under a limit column goes to that column.
    if (at <= 0) {
      next = columns.findIndex((col, i) => i > c && !isText(col) && f.x1 > col.x0 + 2);
      const tail = next < 0 ? -1 : words.findIndex((w, k) => k > 0 && w.x1 > columns[next].x0 - 6 && /^[-+±–−]?\d/.test(w.text));
      if (tail > 0 && words.slice(tail).every((w) => /^[-+±–−]?[\d.,]+$/.test(w.text))) at = tail;
    }
    // The dash a limit column prints for "no limit", set too close to the conditions before it
    // ("IBoff = −15 mA −"): it goes to the limit column whose texts, in the other rows, it stands under.
    const last = words[words.length - 1];
    if (at <= 0 && words.length > 1 && /^[-–—−]$/.test(last.text)) {
      next = extents.findIndex((e, i) => i > c && !isText(columns[i]) && last.x0 >= e.x0 - 3 && last.x0 < e.x1);
      at = next < 0 ? -1 : words.length - 1;
    }
    if (next < 0 || at <= 0) return;
    const join = (ws: Fragment[]) => ({ text: ws.map((w) => w.text).join(' '), x0: ws[0].x0, x1: ws[ws.length - 1].x1, y: f.y, size: f.size });
    out.push({ ...join(words.slice(0, at)), column: c }, { ...join(words.slice(at)), column: next });
    placed[k] = -1;
  });
  return [
    ...out,
    ...fragments.flatMap((f, k) => {
      if (placed[k] === -1) return [];
      return [{ ...f, column: columnOf(f, placed[k], extents) }];
    }),
  ].sort((a, b) => a.y - b.y || a.x0 - b.x0);
}

const isText = (c: Column) => c.role === 'parameter' || c.role === 'conditions' || c.role === 'symbol';

function columnOf(f: Fragment, placedColumn: number | null, extents: Span[]): number {
  {
    let column = placedColumn;
    if (column === null) {
      const hits = extents.map((e, i) => ({ i, o: overlap(f, e) })).filter((h) => h.o > 0);
      if (hits.length) column = hits.sort((a, b) => b.o - a.o)[0].i;
      else column = extents.map((e, i) => ({ i, d: Math.abs(center(e) - center(f)) })).sort((a, b) => a.d - b.d)[0].i;
    }
    return column;
  }
}
