// Ratings printed as lists rather than tables: "Supply Voltage (VCC) ........ -0.5 V to +7.0 V",
// one or two lists side by side under an "Absolute Maximum Ratings" title. Each entry gives a row
// with its value as printed, the unit taken out, and the numbers placed as a Value column's are.
import type { ElectricalCharacteristic } from '../../types';
import type { Fragment } from './fragments';
import { TABLE_TITLE } from './header';
import { normalizeUnit, place, readCell, splitUnit, stripNoteMarks, type Limits } from './limits';

const LEADER = /^(.{2,90}?)\s*(?:\.\s?){3,}\.?\s*(.{1,60})$|^(.{2,90}?)\s*…+\s*(.{1,60})$/;

export function readLeaderLists(rows: Fragment[][], page: number, used: Set<Fragment>): ElectricalCharacteristic[] {
  const out: ElectricalCharacteristic[] = [];
  let title: string | null = null;
  let titleY = -Infinity;
  for (const row of rows) {
    for (const f of row) {
      if (used.has(f)) continue;
      const t = f.text.trim();
      if (TABLE_TITLE.test(t) && t.length < 80 && !LEADER.test(t)) {
        title = t.replace(/[:.]$/, '');
        titleY = f.y;
        continue;
      }
      const m = LEADER.exec(t);
      if (!m || !title || f.y - titleY > 500) continue;
      const parameter = (m[1] ?? m[3]).trim();
      const rawValue = (m[2] ?? m[4]).trim();
      const marks = stripNoteMarks(rawValue);
      const { value, unit } = splitUnit(marks.text);
      const cell = readCell(value);
      if (!cell || cell.kind === 'dash') continue;
      const limits: Limits = { min: null, typ: null, max: null };
      place(limits, /\bmin\.?$/i.test(value) ? 'min' : 'value', cell.kind === 'number' || cell.kind === 'pm' || cell.kind === 'range' ? cell : null);
      const row: ElectricalCharacteristic = {
        table: title,
        section: null,
        parameter,
        symbol: null,
        conditions: null,
        table_conditions: null,
        variant: null,
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

const VALUE_CELL = /^(?:[-–−+±]?\s?\d|[-–−]?\s?\d+\s?(?:to|~)\s?[-–−+]?\d)/;

/**
 * Ratings as a plain two-column list under their title, with neither header nor leaders ("Storage
 * Temperature, TS        –55˚C to +150˚C"): a name on the left, a value with its unit on the right;
 * a line of words only continues the name above it; words after the value are its conditions
 * ("260˚C for 10 s").
 */
export function readPlainLists(rows: Fragment[][], page: number, used: Set<Fragment>): ElectricalCharacteristic[] {
  const out: ElectricalCharacteristic[] = [];
  for (let i = 0; i < rows.length; i++) {
    const titleCell = rows[i].find((f) => !used.has(f) && TABLE_TITLE.test(f.text.trim()) && f.text.trim().length < 80);
    if (!titleCell) continue;
    const title = titleCell.text.trim().replace(/[:.]$/, '');
    let last: ElectricalCharacteristic | null = null;
    let lastY = titleCell.y;
    for (let k = i + 1; k < rows.length; k++) {
      const row = rows[k].filter((f) => !used.has(f) && f.x0 >= titleCell.x0 - 10 && f.x0 < titleCell.x0 + 400);
      if (!row.length) continue;
      if (row[0].y - lastY > 3 * titleCell.size) break;
      if (TABLE_TITLE.test(row[0].text.trim()) || /^notes?\b/i.test(row[0].text.trim())) break;
      lastY = row[0].y;
      if (row.length === 1) {
        if (last && row[0].x0 <= last.bbox[0] + 12 && !VALUE_CELL.test(row[0].text.trim())) last.parameter = `${last.parameter} ${row[0].text.trim()}`;
        else if (!last) break;
        continue;
      }
      if (row.length > 3) break;
      const valueCell = row[row.length - 1];
      const m = /^(.*?\d[^a-z]*?(?:\s?[a-zA-Zµμ°˚º%Ω/]+)?)(?:\s+((?:for|at|with|@|per|max\.?|min\.?)\b.*))?$/i.exec(valueCell.text.trim());
      if (!m || !VALUE_CELL.test(valueCell.text.trim())) break;
      const marks = stripNoteMarks(m[1].replace(/[˚º]/g, '°'));
      const { value, unit } = splitUnit(marks.text);
      const cell = readCell(value);
      if (!cell || cell.kind === 'dash') break;
      const limits: Limits = { min: null, typ: null, max: null };
      place(limits, 'value', cell.kind === 'number' || cell.kind === 'pm' || cell.kind === 'range' ? cell : null);
      const parameter = row
        .slice(0, -1)
        .map((f) => f.text)
        .join(' ')
        .trim();
      last = {
        table: title,
        section: null,
        parameter,
        symbol: /,\s*([A-Z][A-Za-z0-9()]{0,8})$/.exec(parameter)?.[1] ?? null,
        conditions: m[2]?.trim() ?? null,
        table_conditions: null,
        variant: null,
        ...limits,
        printed: { value: marks.text },
        unit: normalizeUnit(unit),
        page,
        bbox: [Math.round(row[0].x0), Math.round(row[0].y - row[0].size), Math.round(valueCell.x1), Math.round(row[0].y)],
        footnotes: marks.notes,
      };
      out.push(last);
      for (const f of row) used.add(f);
    }
  }
  return out;
}
