// Ratings printed as lists rather than tables: "Supply Voltage (VCC) ........ -0.5 V to +7.0 V",
// one or two lists side by side under an "Absolute Maximum Ratings" title. Each entry gives a row
// with its value as printed, the unit taken out, and the numbers placed as a Value column's are.
import type { ElectricalCharacteristic } from '../../types';
import { splitWords, type Fragment } from './fragments';
import { isPartLabel, TABLE_TITLE } from './header';
import { normalizeUnit, place, readCell, splitUnit, stripNoteMarks, type Limits } from './limits';

// Leaders of dots, of ellipses, or of both ("……….……").
const LEADER = /^(.{2,90}?)\s*(?:\.\s?){3,}[.…\s]*([^.…\s].{0,59})$|^(.{2,90}?)\s*…[.…\s]*([^.…\s].{0,59})$/;

/** A line of words over indented entries ("Package Thermal Impedance, θJA:" over "E (PDIP) Package ..... 67°C/W"). */
type ListHead = { text: string; fragment: Fragment; x0: number; x1: number; lastY: number; symbol?: string };

export function readLeaderLists(rows: Fragment[][], page: number, used: Set<Fragment>): ElectricalCharacteristic[] {
  const out: ElectricalCharacteristic[] = [];
  let title: string | null = null;
  let titleY = -Infinity;
  let heads: ListHead[] = [];
  for (const row of rows) {
    for (const f of row) {
      if (used.has(f)) continue;
      const t = f.text.trim();
      if (TABLE_TITLE.test(t) && t.length < 80 && !LEADER.test(t)) {
        title = t.replace(/[:.]$/, '');
        titleY = f.y;
        heads = heads.filter((h) => h.x1 < f.x0 || h.x0 > f.x1);
        // A title set like the entries may head them too ("Thermal Resistance θJA" over "P-DIP (N-8) .... 103°C/W").
        heads.push({ text: t.replace(/\s*:$/, ''), fragment: f, x0: f.x0, x1: f.x1, lastY: f.y });
        continue;
      }
      const m = LEADER.exec(t);
      if (!m && title && t.length <= 80 && /\p{L}{3}/u.test(t) && !/\.$/.test(t)) {
        // Words only: a head for the indented entries under it (one head per column of the page).
        heads = heads.filter((h) => h.x1 < f.x0 || h.x0 > f.x1);
        heads.push({ text: t.replace(/\s*:$/, ''), fragment: f, x0: f.x0, x1: f.x1, lastY: f.y });
        continue;
      }
      if (!m || !title || f.y - titleY > 500) continue;
      // An entry indented under a head just above it is one of the head's variants; one that is not ends the head.
      const head = heads.find((h) => f.x0 > h.x0 + 2 && f.x0 - h.x0 < 60 && f.x0 < h.x1 && f.y - h.lastY < 2.6 * f.size && f.size >= 0.95 * h.fragment.size);
      heads = heads.filter((h) => h === head || h.x1 < f.x0 || h.x0 > f.x1);
      if (head) {
        head.lastY = f.y;
        used.add(head.fragment);
      }
      const entry = (m[1] ?? m[3]).replace(/[\s.…]+$/, '').trim();
      const parameter = head ? head.text : entry;
      const rawValue = (m[2] ?? m[4]).trim();
      // "+260°C for 10 seconds": the words after the value are its conditions; "2000V min.": a minimum.
      const tail = /^(.*?\d\S*)\s+((?:for|at|with|@|per)\b.*)$/i.exec(rawValue);
      const word = /\s*\(?\b(min|max)\.?\)?$/i.exec(tail ? tail[1] : rawValue);
      const valueText = (tail ? tail[1] : rawValue).slice(0, word ? word.index : undefined);
      const marks = stripNoteMarks(valueText);
      const { value, unit } = splitUnit(marks.text);
      const cell = readCell(value);
      // A value that is no number ("0 V, VDD", "(TJ max–TA)/θJA") is kept as printed, with no limits.
      if (cell?.kind === 'dash' || (!cell && !/\d|[A-Z]{2}/.test(value))) continue;
      const limits: Limits = { min: null, typ: null, max: null };
      place(limits, word?.[1].toLowerCase() === 'min' ? 'min' : 'value', cell && (cell.kind === 'number' || cell.kind === 'pm' || cell.kind === 'range') ? cell : null);
      const row: ElectricalCharacteristic = {
        table: title,
        section: null,
        parameter,
        symbol: null,
        conditions: tail?.[2] ?? null,
        table_conditions: null,
        variant: head ? entry : null,
        ...limits,
        printed: { value: marks.text },
        unit: normalizeUnit(unit),
        page,
        bbox: [Math.round(f.x0), Math.round(f.y - f.size), Math.round(f.x1), Math.round(f.y)],
        footnotes: marks.notes,
      };
      out.push(row);
      used.add(f);
    }
  }
  return out;
}

const VALUE_CELL = /^(?:[-–−+±]?\s?\d|[-–−]?\s?\d+\s?(?:to|~)\s?[-–−+]?\d|[A-Z]{1,4}\s?[≤<]\s?T)/;
/** A rating given in words, set apart from its name ("Power Dissipation    internally limited"). */
const WORD_VALUE = /^(?:internally\s+limited|unlimited|indefinite|continuous|infinite)$/i;
const isValueCell = (t: string) => VALUE_CELL.test(t) || WORD_VALUE.test(t);
const MAX_SKIPPED = 4;

/** A column of values named by the parts over it ("LM10/LM10B/" over "LM10C"). */
type PartColumn = { text: string; x0: number; x1: number };

/** A line of part names over the values of a list: every word a part name (a trailing "/" or "," goes on below). */
const isPartLine = (row: Fragment[]) => {
  const words = row.flatMap(splitWords);
  return words.length >= 2 && words.every((w) => isPartLabel(w.text.replace(/[/,]$/, '')));
};

/** The part column a value stands under, or null for a value centred across the columns (it holds for all). */
function partOf(value: Fragment, columns: PartColumn[]): string | null {
  const hits = columns.filter((c) => Math.min(c.x1, value.x1) - Math.max(c.x0, value.x0) > 0);
  if (hits.length !== 1) return null;
  const centre = (s: { x0: number; x1: number }) => (s.x0 + s.x1) / 2;
  const centres = columns.map(centre).sort((a, b) => a - b);
  const spacing = Math.min(...centres.slice(1).map((c, k) => c - centres[k]));
  return Math.abs(centre(value) - centre(hits[0])) <= 0.25 * spacing ? hits[0].text : null;
}

/**
 * Ratings as a plain list under their title, with neither header nor leaders ("Storage Temperature,
 * TS        –55˚C to +150˚C"), in one column of a page that may have two: a name on the left, the
 * first value after it on its line (a value ending in "to" continues on the next line); a line of
 * words only continues the name above it when indented or in parentheses, or heads the indented
 * entries under it (a line indented under a head heads the entries indented under itself in turn);
 * words after a value are its conditions ("260˚C for 10 s"). Part names over the values ("LM10C  LM10CL")
 * make each value under one of them a row for that part; a value centred across them holds for all.
 * A few lines of other text (a sentence under the title) are passed over; a new title, notes or a
 * wide gap end the list. A list that fills its page column goes on at the top of the next column
 * (when that column starts level with the title, with entries before any title of its own).
 */
export function readPlainLists(rows: Fragment[][], page: number, used: Set<Fragment>): ElectricalCharacteristic[] {
  const out: ElectricalCharacteristic[] = [];
  for (let i = 0; i < rows.length; i++) {
    for (const titleCell of rows[i].filter((f) => !used.has(f) && TABLE_TITLE.test(f.text.trim()) && f.text.trim().length < 80)) {
      const title = titleCell.text.trim().replace(/\s*\((?:notes?|see)[^)]*\)?,?$/i, '').replace(/[:.]$/, '');
      const left = titleCell.x0 - 12;
      // The column ends where another starts: text beside the title, or another title to the right below it.
      const beside = rows[i].filter((f) => f.x0 > titleCell.x1 + 20).map((f) => f.x0);
      const titlesRight = rows
        .slice(i + 1, i + 40)
        .flat()
        // (A lone word such as a table's "Limits" header is no title.)
        .filter((f) => f.x0 > titleCell.x0 + 100 && TABLE_TITLE.test(f.text.trim()) && /\S\s+\S/.test(f.text.trim()))
        .map((f) => f.x0);
      const right = Math.min(titleCell.x0 + 330, ...beside, ...titlesRight) - 2;
      let last = null as ElectricalCharacteristic | null;
      let lastY = titleCell.y;
      let skipped = 0;
      let pendingValue: { text: string; row: Fragment[]; name: string; x0: number; variant: string | null; symbol: string | null } | null = null;
      let head = null as (ListHead & { sub?: { text: string; x0: number } }) | null;
      const partColumns: PartColumn[] = [];
      const firstOut = out.length;
      const passes = [{ start: i + 1, left, right, x0: titleCell.x0 }];
      for (const [n, pass] of passes.entries()) {
        if (n > 0) {
          // On at the top of the next column: the indentation of a head carries over.
          const shift = pass.x0 - Math.min(...out.slice(firstOut).map((r) => r.bbox[0]));
          if (head) {
            head.x0 += shift;
            head.lastY = rows[pass.start][0].y;
            head.sub = undefined;
          }
          lastY = rows[pass.start][0].y;
          skipped = 0;
          pendingValue = null;
          last = null;
        }
        for (let k = pass.start; k < rows.length; k++) {
          // This column only: from the title's left edge, up to where another column's text starts.
          const row = rows[k].filter((f) => !used.has(f) && f.x0 >= pass.left && f.x0 < pass.right);
          if (!row.length) continue;
          // Part names over the values, before the first entry.
          if (out.length === firstOut && row[0].x0 > pass.x0 + 40 && isPartLine(row)) {
            for (const w of row.flatMap(splitWords)) {
              const column = partColumns.find((c) => Math.min(c.x1, w.x1) - Math.max(c.x0, w.x0) > 0);
              if (column) {
                column.text = /[/,]$/.test(column.text) ? `${column.text}${w.text}` : `${column.text} ${w.text}`;
                column.x0 = Math.min(column.x0, w.x0);
                column.x1 = Math.max(column.x1, w.x1);
              } else partColumns.push({ text: w.text, x0: w.x0, x1: w.x1 });
            }
            for (const f of row) used.add(f);
            lastY = row[0].y;
            continue;
          }
          // (A value going on from the line above may stand alone in its column: "−0.3V to" over "(VCC+0.3V)".)
          if (row[0].x0 > pass.x0 + 40 && !pendingValue) continue;
          if (row[0].y - lastY > 3.2 * titleCell.size) break;
          const first = row[0].text.trim();
          const valueAt = row.findIndex((f, n) => n > 0 && isValueCell(f.text.trim()) && f.x0 - row[n - 1].x1 > 4);
          // A title ends the list; a rating named like one ("ESD Rating    2000V min.") does not.
          if ((TABLE_TITLE.test(first) && valueAt < 0) || /^notes?\b/i.test(first)) break;
          lastY = row[0].y;
          if (pendingValue) {
            // "−0.3V to" over "(VCC+0.3V)": the value goes on.
            const more = row.find((f) => f.x0 > pass.x0 + 100);
            if (more) {
              finish(`${pendingValue.text} ${more.text.trim()}`, pendingValue.name, pendingValue.row, pendingValue.variant, pendingValue.symbol);
              for (const f of row) if (f === more) used.add(f);
              pendingValue = null;
              const rest = row.filter((f) => f !== more);
              if (rest.length && last && rest[0].x0 > last.bbox[0] + 4) last.parameter = `${last.parameter} ${rest.map((f) => f.text.trim()).join(' ')}`;
              continue;
            }
            pendingValue = null;
          }
          if (valueAt < 0) {
            // Words only: the name of the entry above goes on (indented, or in parentheses), or other text.
            // (Not a sentence: a note set under the list, "those indicated in the operation sections of ...".)
            if (last && row.length === 1 && (row[0].x0 > last.bbox[0] + 4 || /^\(/.test(first)) && (first.length <= 40 || /^\(/.test(first))) {
              last.parameter = `${last.parameter} ${first}`;
              used.add(row[0]);
            } else if (head && row.length === 1 && row[0].x0 > head.x0 + 4 && row[0].y - head.lastY < 2.6 * row[0].size && /^[A-Za-zθΘ][A-Za-z0-9()]{0,6}$/.test(first)) {
              // A symbol under a head, over its own entries ("Package Thermal Resistance" / "θJA" / "H Package ... 150°C/W").
              head.symbol = first;
              head.lastY = row[0].y;
              used.add(row[0]);
            } else if (head && row.length === 1 && /\p{L}{3}/u.test(first) && row[0].x0 > head.x0 + 4 && row[0].y - head.lastY < 2.6 * row[0].size) {
              // Words indented under a head: a head of the entries indented under them in turn
              // ("Lead Temperature" / "Molded Chip Carrier Package" / "Vapor Phase (60 seconds) ... 215°C").
              head.sub = { text: first.replace(/\s*:$/, ''), x0: row[0].x0 };
              head.lastY = row[0].y;
              used.add(row[0]);
            } else {
              // A line of words may head the indented entries under it, or begin a name they finish.
              head = row.length === 1 && /\p{L}{3}/u.test(first) ? { text: first.replace(/\s*:$/, ''), fragment: row[0], x0: row[0].x0, x1: row[0].x1, lastY: row[0].y } : null;
              if (++skipped > MAX_SKIPPED) break;
            }
            continue;
          }
          let name = row
            .slice(0, valueAt)
            .map((f) => f.text.trim())
            .join(' ');
          let variant: string | null = null;
          let symbol: string | null = null;
          // (An entry no further indented than the words over it is not theirs: they were no head.)
          if (head?.sub && row[0].x0 <= head.sub.x0 + 4) head = row[0].x0 > head.x0 + 4 ? { ...head, sub: undefined } : null;
          if (head && row[0].x0 > head.x0 + 4 && row[0].y - head.lastY < 2.6 * row[0].size) {
            used.add(head.fragment);
            // "All Input or Output Voltages" over "with Respect to Ground": one name; "Ambient Operating
            // Temperature" over "FM24C256", "FM24C256E": the parameter, and each entry its variant.
            if (/^[\p{Ll}(]/u.test(name) && !head.sub) {
              name = `${head.text} ${name}`;
              head = null;
            } else {
              variant = head.sub ? `${head.sub.text}, ${name}` : name;
              name = head.text;
              symbol = head.symbol ?? null;
              head.lastY = row[0].y;
            }
          } else head = null;
          // Under part names: a row per value, for the part it stands under (or for all).
          const values = partColumns.length >= 2 ? row.slice(valueAt).filter((f) => isValueCell(f.text.trim())) : [row[valueAt]];
          const valueText = values[0].text.trim();
          if (values.length === 1 && /\bto$/.test(valueText)) {
            pendingValue = { text: valueText, row: row.slice(0, valueAt + 1), name, x0: row[0].x0, variant, symbol };
            continue;
          }
          for (const value of values) {
            const part = partColumns.length >= 2 ? partOf(value, partColumns) : null;
            finish(value.text.trim(), name, [...row.slice(0, valueAt), value], [variant, part].filter(Boolean).join(' ') || null, symbol);
          }
          // An entry may head indented entries under it too ("Temperature Range   TMIN≤TA≤TMAX" over
          // "ADC0808CCN   −40°C≤TA≤+85°C").
          if (!variant && /\p{L}{3}/u.test(name)) head = { text: name, fragment: row[0], x0: row[0].x0, x1: row[0].x1, lastY: row[0].y };
        }
        // The next column, when this one is the first and the list has entries.
        if (n === 0 && out.length > firstOut) {
          const next = nextColumn(rows, i, titleCell, right, used);
          if (next) passes.push(next);
        }
      }
      function finish(valueText: string, name: string, cells: Fragment[], variant: string | null, symbol: string | null): void {
        const m = /^(.*?\d[^a-z]*?(?:\s?[a-zA-Zµμ°˚º%Ω/]+)?\)?)(?:\s+((?:for|at|with|@|per|max\.?|min\.?)\b.*))?$/i.exec(valueText);
        const marks = stripNoteMarks((m?.[1] ?? valueText).replace(/[˚º]/g, '°'));
        const { value, unit } = splitUnit(marks.text);
        const cell = readCell(value);
        const limits: Limits = { min: null, typ: null, max: null };
        // "2000V min.": the value is a minimum.
        const minimum = /^min\.?$/i.test(m?.[2]?.trim() ?? '');
        place(limits, minimum ? 'min' : 'value', cell && (cell.kind === 'number' || cell.kind === 'pm' || cell.kind === 'range') ? cell : null);
        last = {
          table: title,
          section: null,
          parameter: name,
          symbol: symbol ?? /,\s*([A-Z][A-Za-z0-9()]{0,8})$/.exec(name)?.[1] ?? null,
          conditions: minimum || !m?.[2] ? null : m[2].trim(),
          table_conditions: null,
          variant,
          ...limits,
          printed: { value: marks.text },
          unit: normalizeUnit(unit),
          page,
          bbox: [Math.round(cells[0].x0), Math.round(cells[0].y - cells[0].size), Math.round(cells[cells.length - 1].x1), Math.round(cells[0].y)],
          footnotes: marks.notes,
        };
        out.push(last);
        for (const f of cells) used.add(f);
      }
    }
  }
  return out;
}

type ListColumn = { start: number; left: number; right: number; x0: number };

/**
 * The page column right of a list's, where the list goes on when it fills its own: there is one (the
 * list's column ends before the page's), it starts level with the list's title (nothing in it for
 * three lines above), and its first line is an entry.
 */
function nextColumn(rows: Fragment[][], i: number, titleCell: Fragment, right: number, used: Set<Fragment>): ListColumn | null {
  if (right >= titleCell.x0 + 328) return null;
  const inColumn = (f: Fragment) => !used.has(f) && f.x0 >= right;
  for (let k = i - 1; k >= 0 && titleCell.y - rows[k][0].y < 3 * titleCell.size; k--) if (rows[k].some(inColumn)) return null;
  const start = rows.findIndex((row, k) => k >= i && row.some(inColumn));
  if (start < 0 || rows[start][0].y - titleCell.y > titleCell.size) return null;
  // (Its first line is an entry, a name and its value: a heading there starts something else.)
  const top = rows[start].filter(inColumn);
  if (!top.some((f, n) => n > 0 && isValueCell(f.text.trim()) && f.x0 - top[n - 1].x1 > 4)) return null;
  const edges: number[] = [];
  for (let k = start; k < rows.length; k++) {
    const fs = rows[k].filter(inColumn);
    if (!fs.length) continue;
    if (k > start && TABLE_TITLE.test(fs[0].text.trim())) break;
    edges.push(fs[0].x0);
  }
  return { start, left: right, right: Infinity, x0: Math.min(...edges) };
}

