// What a datasheet is at a glance, from its rows and tables: the packages it names, its ordering
// information (part, package, marking, packing), and the ratings a user searches by: the highest
// voltage, current and power of its maximum ratings, and its operating temperature range.
import type { DatasheetData, ElectricalCharacteristic, Table } from '../../types';

type KeyRating = DatasheetData['key_ratings'][number];

const RATINGS = /absolute\s+maximum|maximum\s+ratings|limiting\s+values|ratings/i;
const PACKAGE_NAME =
  /\b(?:(?:PG-)?(?:SOT|TO|SOD|SOIC|SO|DO|SMA|SMB|SMC|[A-Z]?DFN|[A-Z]{0,2}QFN|[LT]?QFP|T?SSOP|MSOP|VSSOP|[PS]?DIP|CDIP|CERDIP|SIP|[A-Z]?BGA|WLCSP|D2?PAK|SC|TSOT|PLCC)[- ]?\d{1,3}[A-Z]{0,2}(?:-\d{1,2})?|\d{1,2}[- ](?:DIP|SOIC|SOP|SO|TSSOP|MSOP|PDIP)|(?:Plastic|Ceramic)\s+DIP|Metal\s+Can)\b/g;
const ORDER_PART = /part|order|device|type|product|model|catalog/i;

/** Packages the datasheet names ("TO-220", "SOIC-8", "8-DIP"), most named first. */
export function packagesOf(text: string): string[] {
  const counts = new Map<string, number>();
  for (const m of text.slice(0, 300_000).matchAll(PACKAGE_NAME)) {
    const name = m[0].replace(/\s+/g, ' ').toUpperCase();
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([p]) => p);
}

/** Rows of ordering tables: a part-number column, and package, marking and packing where the table has them. */
export function orderingOf(tables: Table[]): DatasheetData['ordering'] {
  const out: DatasheetData['ordering'] = [];
  for (const t of tables) {
    const col = (re: RegExp) => t.header.findIndex((h) => re.test(h));
    const part = col(ORDER_PART);
    if (part < 0 || /marking|package/i.test(t.header[part])) continue;
    const pkg = col(/package|case|outline/i);
    const marking = col(/marking|top mark/i);
    const packing = col(/packing|packaging|quantity|qty|tape|reel|tube/i);
    if (pkg < 0 && marking < 0 && packing < 0) continue;
    for (const row of t.rows) {
      const p = (row[part] ?? '').trim();
      if (!/^(?=.*\d)(?=.*[A-Z])[A-Z0-9][\w/.-]{2,}$/.test(p)) continue;
      const cell = (i: number) => (i >= 0 ? (row[i] ?? '').trim() || null : null);
      out.push({ part: p, package: cell(pkg), marking: cell(marking), packing: cell(packing) });
    }
  }
  return out.slice(0, 100);
}

const SCALE: Record<string, number> = { k: 1e3, '': 1, m: 1e-3, µ: 1e-6, u: 1e-6, n: 1e-9 };
/** A limit in base units, when the unit is one of `base` with a prefix. */
function inBase(value: number | null, unit: string | null, base: string): number | null {
  if (value === null || !unit) return null;
  const m = new RegExp(`^([kmµun]?)${base}$`).exec(unit);
  return m ? value * SCALE[m[1]] : null;
}

function highest(rows: ElectricalCharacteristic[], name: RegExp, base: string, quantity: KeyRating['quantity']): KeyRating | null {
  let top: { row: ElectricalCharacteristic; value: number } | null = null;
  for (const row of rows) {
    if (!name.test(row.parameter)) continue;
    const value = Math.max(Math.abs(inBase(row.max, row.unit, base) ?? 0), Math.abs(inBase(row.min, row.unit, base) ?? 0));
    if (value > 0 && (!top || value > top.value)) top = { row, value };
  }
  if (!top) return null;
  const r = top.row;
  return { quantity, parameter: r.parameter, symbol: r.symbol, min: r.min, max: r.max, unit: r.unit, page: r.page };
}

/** The ratings a user searches by, from the maximum ratings (or every row where there are none). */
export function keyRatingsOf(rows: ElectricalCharacteristic[]): KeyRating[] {
  const ratings = rows.filter((r) => RATINGS.test(r.table));
  const pool = ratings.length ? ratings : rows;
  const temperature = pool.find((r) => /operating|junction|ambient/i.test(r.parameter) && /temperature/i.test(r.parameter) && r.unit === '°C' && (r.min !== null || r.max !== null));
  return [
    highest(pool, /voltage/i, 'V', 'voltage'),
    highest(pool, /current/i, 'A', 'current'),
    highest(pool, /power|dissipation/i, 'W', 'power'),
    temperature ? { quantity: 'temperature' as const, parameter: temperature.parameter, symbol: temperature.symbol, min: temperature.min, max: temperature.max, unit: temperature.unit, page: temperature.page } : null,
  ].filter((k): k is KeyRating => k !== null);
}
