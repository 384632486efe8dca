// Units whose special glyph is drawn as a path rather than set as text ("°C" outlined before "/W",
// "µ" outlined between "A/" and "s"): the text layer then holds "/W", "A/s", "m" or nothing. Where a
// glyph-sized curved shape (a mark) stands in the unit's cell exactly where the missing character
// goes, the unit is completed by what the row is a measure of, and only then: a temperature's °C, a
// thermal resistance's °C/W, a resistance's Ω, a micro prefix before a base unit. A cell with no
// mark keeps the text it has; nothing is added to a unit the page does not draw.
import type { Box } from '../../layout/types';

export type UnitCell = { text: string; x0: number; x1: number; y: number; size: number; fragments: { x0: number; x1: number }[] };
export type RowKind = { name: string; symbol: string | null };

const isTemperature = (k: RowKind) => /^T/.test(k.symbol ?? '') || /temperature/i.test(k.name);
const isThermal = (k: RowKind) => /^(?:R|θ)/.test(k.symbol ?? '') || /thermal|junction[- ]to/i.test(k.name);
const isResistance = (k: RowKind) => /^R/.test(k.symbol ?? '') || /resistance/i.test(k.name);

/** The marks in a y-sorted list that fall in a cell's box and on no text of it. */
export function marksIn(sorted: Box[], cell: UnitCell): Box[] {
  const top = cell.y - cell.size;
  const bottom = cell.y + 0.4 * cell.size;
  // First mark at or below the cell's top (binary search: the list is sorted by y0).
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].y1 < top) lo = mid + 1;
    else hi = mid;
  }
  const out: Box[] = [];
  for (let i = lo; i < sorted.length && sorted[i].y0 <= bottom; i++) {
    const m = sorted[i];
    if (m.y1 < top || m.x1 < cell.x0 - 2 || m.x0 > cell.x1 + 2) continue;
    if (cell.fragments.some((f) => Math.min(f.x1, m.x1) - Math.max(f.x0, m.x0) > 0.5 * (m.x1 - m.x0))) continue;
    out.push(m);
  }
  return out;
}

/** The unit with the glyph its cell draws as a path, when the row says which; else the unit as it is. */
export function withDrawnGlyph(unit: string | null, cell: UnitCell, marks: Box[], kind: RowKind): string | null {
  const drawn = marksIn(marks, cell);
  if (!drawn.length) return unit;
  const t = (unit ?? '').trim();
  const first = cell.fragments.length ? Math.min(...cell.fragments.map((f) => f.x0)) : Infinity;
  const last = cell.fragments.length ? Math.max(...cell.fragments.map((f) => f.x1)) : -Infinity;
  const before = drawn.some((m) => m.x1 <= first + 1 && m.x1 > first - 0.6 * cell.size);
  const after = drawn.some((m) => m.x0 >= last - 1 && m.x0 < last + 0.6 * cell.size);
  const inside = drawn.some((m) => m.x0 > first && m.x1 < last);
  if (!t) return isTemperature(kind) ? '°C' : unit;
  if (/^\/W$/.test(t) && before && isThermal(kind)) return '°C/W';
  if (/^[mkM]?$/.test(t) && after && isResistance(kind)) return `${t}Ω`;
  if (/^[AV]\/s$/.test(t) && inside) return `${t.slice(0, 2)}µs`;
  if (/^[AVFW]$/.test(t) && before) return `µ${t}`;
  return unit;
}
