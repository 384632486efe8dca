// A table headed only by labels over its value columns, with no Min/Typ/Max, Value or Parameter word:
// the packages or parts each column is for ("TO-39   TO-18" over "Rthj-case  Thermal Resistance
// Junction-Case  Max  58.3  97.3  °C/W"), or, with the kind of its row labels first, the quantities
// themselves: a sideways table ("Package Type | θJA | θJC | Unit" over "8-Lead SOIC (R)  158  43  °C/W"),
// whose rows are variants (packages, parts) and whose columns are parameters.
import type { Fragment } from './fragments';
import { isPartLabel, roleOfText, type Column, type Header } from './header';

/** The kind of a sideways table's row labels: the variants its rows are. */
const ROW_KIND = /^(?:packages?(?:\s+type)?|part(?:\s+(?:number|no\.?))?|device|model|type|order(?:ing)?\s+(?:code|number))$/i;
const NUMBER = /^[-+±–−]?\.?\d/;
const overlap = (a: { x0: number; x1: number }, b: { x0: number; x1: number }) => Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);

export type LabelHeader = { header: Header; sideways: boolean };

const SYMBOL = /^[A-Za-zθΘψΨ][A-Za-z0-9θ()\s-]{0,11}$/;
const UNIT_LIKE = /^[pnuµμmkMG]?(?:V|A|W|Ω|F|Hz|s|°C|dB)$/;
const LIMIT_WORD = /^(?:min|typ|max)\.?$/i;

/**
 * The header a row of labels makes, when the rows right under it are a table's: a name (under the row
 * kind, or left of the labels) with numbers under at least two of the labels (or the one).
 */
export function readLabelHeader(rows: Fragment[][], index: number): LabelHeader | null {
  // The labels may share their line with the text of another page column, left of them past a gap.
  const line = rows[index];
  for (let s = 0; s < line.length - 1; s++) {
    if (s > 0 && line[s].x0 - line[s - 1].x1 < 20) continue;
    const found = labelHeaderOf(line.slice(s), rows, index);
    if (found) return found;
  }
  return null;
}

function labelHeaderOf(row: Fragment[], rows: Fragment[][], index: number): LabelHeader | null {
  if (row.length < 2 || row.length > 8) return null;
  // (A label names; it is no value, dash or unit: "0.7 VCC", "25", "−", "ns".)
  if (row.some((f) => f.text.trim().length > 24 || NUMBER.test(f.text.trim()) || !/\p{L}/u.test(f.text) || UNIT_LIKE.test(f.text.trim()))) return null;
  const roles = row.map((f) => roleOfText(f.text));
  const sideways = ROW_KIND.test(row[0].text.trim());
  // A Unit column may close the row; no other header word stands in it.
  const unitAt = roles[roles.length - 1] === 'unit' ? roles.length - 1 : -1;
  const labels = row.filter((_, k) => !(sideways && k === 0) && k !== unitAt);
  if (labels.length < (sideways ? 1 : 2) || roles.some((r, k) => r !== null && k !== unitAt)) return null;
  // Part names over values are a ratings list's (stacked names, values centred across them for all): the lists reader's.
  if (!sideways && labels.every((l) => isPartLabel(l.text.trim().replace(/[/,]$/, '')))) return null;
  const size = Math.max(...row.map((f) => f.size));
  const lastLabel = labels[labels.length - 1];
  const body: Fragment[][] = [];
  let lastY = row[0].y;
  for (let k = index + 1; k < rows.length && body.length < 4; k++) {
    const r = rows[k];
    if (r[0].y - lastY > 2.5 * size) break;
    lastY = r[0].y;
    const under = labels.filter((l) => r.some((f) => NUMBER.test(f.text.trim()) && overlap(f, l) > 0));
    const named = r.some((f) => /\p{L}{3}/u.test(f.text) && (sideways ? overlap(f, row[0]) > 0 : f.x1 < labels[0].x0 - 4));
    if (!named || under.length < Math.min(2, labels.length)) break;
    body.push(r);
  }
  if (!body.length) return null;
  const span = (f: Fragment, role: Column['role'], variant: string | null): Column => ({ role, name: f.text.trim(), x0: f.x0, x1: f.x1, variant });
  const columns: Column[] = [...(sideways ? [span(row[0], 'parameter', null)] : []), ...labels.map((l) => span(l, 'value', l.text.trim()))];
  if (!sideways) columns.unshift(...leftColumns(body, labels[0].x0, columns));
  if (unitAt >= 0) columns.push(span(row[unitAt], 'unit', null));
  else {
    // Units right of the last label on every row, with no head of their own: a Unit column.
    const units = body.map((r) => r.find((f) => f.x0 > lastLabel.x1 + 4 && !NUMBER.test(f.text.trim())));
    if (units.every(Boolean)) columns.push({ role: 'unit', name: '', x0: Math.min(...units.map((f) => f!.x0)), x1: Math.max(...units.map((f) => f!.x1)), variant: null });
  }
  const header: Header = {
    columns,
    top: Math.min(...row.map((f) => f.y - f.size)),
    bottom: Math.max(...row.map((f) => f.y)),
    x0: Math.min(...columns.map((c) => c.x0)),
    x1: Math.max(...columns.map((c) => c.x1)),
    pitch: size * 1.25,
  };
  return { header, sideways };
}

/**
 * The columns left of the labels, from the rows under them: a symbol first on every row ("Rthj-case"),
 * then the name; a limit word last on every row ("Max") says which limit the values are (and is no
 * part of the name). Without a symbol, the name is the whole span.
 */
function leftColumns(body: Fragment[][], end: number, values: Column[]): Column[] {
  const lefts = body.map((r) => r.filter((f) => f.x1 < end - 4));
  const x0 = Math.min(...lefts.flat().map((f) => f.x0));
  const column = (role: Column['role'], fs: Fragment[]): Column => ({ role, name: '', x0: Math.min(...fs.map((f) => f.x0)), x1: Math.max(...fs.map((f) => f.x1)), variant: null });
  const out: Column[] = [];
  let from = 0;
  let to = end - 4;
  if (lefts.every((l) => l.length >= 2 && SYMBOL.test(l[0].text.trim()) && l[0].text.trim().length <= 12)) {
    out.push(column('symbol', lefts.map((l) => l[0])));
    from = 1;
  }
  const words = lefts.map((l) => l[l.length - 1]);
  if (lefts.every((l) => l.length > from + 1) && words.every((f) => LIMIT_WORD.test(f.text.trim())) && new Set(words.map((f) => f.text.trim().slice(0, 3).toLowerCase())).size === 1) {
    const role = words[0].text.trim().slice(0, 3).toLowerCase() as 'min' | 'typ' | 'max';
    for (const v of values) v.role = role;
    to = Math.min(...words.map((f) => f.x0)) - 2;
  }
  const names = lefts.flatMap((l) => l.slice(from).filter((f) => f.x1 <= to + 2));
  out.push({ role: 'parameter', name: '', x0: from ? Math.min(...names.map((f) => f.x0)) : x0, x1: to, variant: null });
  if (to < end - 4) out.push(column('other', words));
  return out;
}

