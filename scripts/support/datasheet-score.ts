// Scores the characteristics a datasheet extractor found against hand-checked truth
// (e2e/truth/datasheets): truth rows matched one to one with found rows of the same page by name,
// symbol, conditions, variant and values; then per row whether min, typ and max are exactly right
// (the numbers the printed cells stand for), the unit, and the whole parameter name.
import type { ElectricalCharacteristic } from '../../lib/pipeline/types';

export type TruthRow = {
  section: string | null;
  parameter: string;
  symbol: string | null;
  conditions: string | null;
  variant: string | null;
  min: string | null;
  typ: string | null;
  max: string | null;
  value: string | null;
  unit: string | null;
};
export type TruthTable = { page: number; title: string | null; table_conditions?: string | null; columns?: string[]; rows: TruthRow[] };
export type TruthFile = { file: string; pages: number[]; tables: TruthTable[] };

export type Limits = { min: number | null; typ: number | null; max: number | null };

const MINUS = /[\u2212\u2013\u2012\u2014]/g;
const SUPERSCRIPT: Record<string, string> = { '⁻': '-', '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9' };
/** "½", "¾", "1¼" (LSB) as printed: the numbers they are. */
const VULGAR: Record<string, number> = { '½': 0.5, '¼': 0.25, '¾': 0.75 };
const vulgar = (s: string) => s.replace(/(\d*)([½¼¾])/g, (_m, d: string, f: string) => String(Number(d || 0) + VULGAR[f]));

/** "1.5", "-0.5", "+125", "0.4 (2)", "7.0 V", "15*", "10,000" → the number; null when the cell is not one number. */
export function cellNumber(raw: string | null): number | null {
  if (!raw) return null;
  const s = vulgar(raw)
    .replace(MINUS, '-')
    // "260 for 10 sec": the words that say when the value holds are no part of it.
    .replace(/^([-+]?\d\S*)\s+(?:for|at|with|@|per)\s.*$/i, '$1')
    .replace(/\s*\(\d+\)$|\*+$|\s*\(note \d+\)$/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  // A power of ten as printed: "10¹²", "10⁻⁷", "5 x 10¹⁰".
  const power = /^([-+]?\d+(?:\.\d+)?\s?[x×]\s?)?10([⁻-]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)(?:\s?[a-zA-ZµμΩ°%]+)?$/.exec(s);
  if (power) return (power[1] ? Number(power[1].replace(/\s?[x×]\s?$/, '')) : 1) * 10 ** Number([...power[2]].map((c) => SUPERSCRIPT[c] ?? c).join(''));
  // Digit groups set apart by a space ("5 000", "10 000 V"): one number.
  if (/^[-+]?\d{1,3}(?: \d{3})+(?!\d)/.test(s)) return cellNumber(s.replace(/(\d) (?=\d{3}(?!\d))/g, '$1'));
  // A number, maybe with its unit ("7.0 V", "45V", "-65°C"); "0.7 VCC" is an expression, not 0.7.
  const m = /^([-+]?\s?\d+(?:[.,]\d+)?(?:\s?[x×]\s?10\s?[-⁻]?\d+)?)(?:\s?(?:[pnuµμmkKMG]?(?:VDC|VAC|Vdc|Vac|V|A|W|Ω|F|H|Hz|s|S)|°C|°|%|dB|ppm|LSB|Vrms|Vpp|[a-zA-Zµμ°Ω%]+\/[a-zA-Zµμ°Ω]+))?$/.exec(s);
  if (!m) return null;
  if (/[x×]/.test(m[1])) return null;
  const n = m[1].replace(/\s/g, '');
  // "5,000", "10,000": digit groups (hFE); "1,6": a decimal comma.
  return Number(/^[-+]?[1-9]\d{0,2}(?:,\d{3})+$/.test(n) ? n.replace(/,/g, '') : n.replace(',', '.'));
}

/** What a truth row's printed cells stand for, by the rules: ±x → -x..x, a range → min..max, a lone rating → max. */
export function expectedLimits(row: Pick<TruthRow, 'min' | 'typ' | 'max' | 'value'>): Limits {
  const out: Limits = { min: null, typ: null, max: null };
  const plusMinus = (s: string | null) => {
    // "±1/2", "±1/16" LSB: a fraction.
    const m = s ? /^±\s?(\d+(?:[.,]\d+)?)(?:\/(\d+))?/.exec(vulgar(s).replace(MINUS, '-').trim()) : null;
    return m ? Number(m[1].replace(',', '.')) / (m[2] ? Number(m[2]) : 1) : null;
  };
  const range = (s: string | null): [number | null, number | null] | null => {
    if (!s) return null;
    const parts = s.replace(MINUS, '-').split(/\s+to\s+|\s*~\s*|\s*\.\.\.?\s*|\s+-\s+|\s*…\s*/);
    if (parts.length !== 2) return null;
    const ends: [number | null, number | null] = [cellNumber(parts[0]), cellNumber(parts[1])];
    // "VDD - 0.4" is an expression, not a range: a bare " - " joins two numbers only.
    if (!/\bto\b|~|\.\.|…/.test(s) && (ends[0] === null || ends[1] === null)) return null;
    return ends;
  };
  for (const key of ['min', 'typ', 'max'] as const) {
    const cell = row[key];
    const pm = plusMinus(cell);
    if (pm !== null) {
      if (key === 'typ') out.typ = pm;
      else {
        out.min = -pm;
        out.max = pm;
      }
      continue;
    }
    const r = range(cell);
    if (r && (r[0] !== null || r[1] !== null)) {
      out.min = r[0];
      out.max = r[1];
      continue;
    }
    const n = cellNumber(cell);
    if (n !== null) out[key] = n;
  }
  if (row.value) {
    const pm = plusMinus(row.value);
    const r = range(row.value);
    if (pm !== null) [out.min, out.max] = [-pm, pm];
    else if (r && (r[0] !== null || r[1] !== null)) [out.min, out.max] = r;
    else if (/\bmin\.?\b/i.test(row.value)) out.min = cellNumber(row.value.replace(/\s*\(?min\.?\)?/i, ''));
    else out.max = cellNumber(row.value);
  }
  return out;
}

export const normUnit = (u: string | null): string | null => {
  if (!u) return null;
  const s = u
    .replace(/[μu](?=[A-Za-zΩ])/g, 'µ')
    .replace(/(?:^|(?<=[a-zA-Z]))(?:ohms?|Ohms?)$/, 'Ω')
    .replace(/[º˚]/g, '°')
    .replace(/^C°$/, '°C')
    .replace(/\s+/g, '');
  return s || null;
};

/** A unit printed inside a value cell ("7.0 V", "-65°C to +150°C"), where the truth has no unit column. */
export function unitInValue(row: TruthRow): string | null {
  if (row.unit) return normUnit(row.unit);
  const cell = row.value ?? row.max ?? row.typ ?? row.min;
  const m = cell ? /\d\s?((?:[pnuµμmkKMG]?(?:VDC|VAC|Vdc|Vac|V|A|W|Ω|F|H|Hz|s)|°C|%|dB)(?:\/[A-Za-zµ°]+)?)\s*$/.exec(cell.replace(MINUS, '-')) : null;
  return m ? normUnit(m[1]) : null;
}

/** A parameter name reduced for comparison: no notes or marks, letters and digits only, lower case. */
export const normName = (s: string | null) =>
  (s ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    // The increment sign and the Greek capital delta are drawn alike ("∆VOS", "ΔVOS").
    .replace(/\u2206/g, '\u0394')
    .replace(/\(\s*notes?\s*[\d,\s]+\)|\bnotes?\s*\d+(?:,\s*\d+)*|[*†‡¹²³⁴⁵⁶⁷⁸⁹⁰]/gi, ' ')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const tokens = (s: string | null) => new Set(normName(s).split(' ').filter(Boolean));
const normSymbol = (s: string | null) => (s ?? '').normalize('NFKD').replace(/[\s()_,.*]/g, '').toLowerCase();

function jaccard(a: Set<string>, b: Set<string>): number {
  if (!a.size && !b.size) return 1;
  let inter = 0;
  for (const t of a) if (b.has(t)) inter++;
  return inter / (a.size + b.size - inter);
}

/** How much of `a` is in `b`. */
function containment(a: Set<string>, b: Set<string>): number {
  if (!a.size) return 0;
  let inter = 0;
  for (const t of a) if (b.has(t)) inter++;
  return inter / a.size;
}

const sameNumber = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)));

export type RowOutcome = {
  truth: TruthRow & { page: number; table: string | null };
  found: ElectricalCharacteristic | null;
  limitsRight: boolean;
  unitRight: boolean;
  nameWhole: boolean;
  expected: Limits;
};

function similarity(t: TruthRow & { page: number }, f: ElectricalCharacteristic, expected: Limits): number {
  const tName = tokens(t.parameter);
  const fName = tokens(f.parameter);
  const name = Math.max(jaccard(tName, fName), 0.8 * containment(tName, fName), 0.8 * containment(fName, tName));
  const symbol = t.symbol && f.symbol && normSymbol(t.symbol) === normSymbol(f.symbol) ? 1 : 0;
  if (name < 0.3 && !symbol) return 0;
  const cond = jaccard(tokens(t.conditions), tokens(f.conditions));
  const variant = normName(t.variant) === normName(f.variant) ? 1 : 0;
  const values = (['min', 'typ', 'max'] as const).filter((k) => expected[k] !== null && sameNumber(expected[k], f[k])).length;
  return 3 * name + 2 * symbol + 1.5 * cond + variant + values;
}

/** Truth rows matched to found rows, one to one, best pairs first. */
export function scoreDatasheet(truth: TruthFile, found: ElectricalCharacteristic[]): RowOutcome[] {
  const rows = truth.tables.flatMap((t) => t.rows.map((r) => ({ ...r, page: t.page, table: t.title })));
  const expected = rows.map((r) => expectedLimits(r));
  const pairs: { i: number; j: number; s: number }[] = [];
  rows.forEach((r, i) => {
    found.forEach((f, j) => {
      if (f.page !== r.page) return;
      const s = similarity(r, f, expected[i]);
      if (s > 0) pairs.push({ i, j, s });
    });
  });
  pairs.sort((a, b) => b.s - a.s);
  const truthTaken = new Map<number, number>();
  const foundTaken = new Set<number>();
  for (const p of pairs) {
    if (truthTaken.has(p.i) || foundTaken.has(p.j)) continue;
    truthTaken.set(p.i, p.j);
    foundTaken.add(p.j);
  }
  return rows.map((truthRow, i) => {
    const j = truthTaken.get(i);
    const f = j === undefined ? null : found[j];
    const e = expected[i];
    return {
      truth: truthRow,
      found: f,
      expected: e,
      limitsRight: !!f && sameNumber(f.min, e.min) && sameNumber(f.typ, e.typ) && sameNumber(f.max, e.max),
      unitRight: !!f && normUnit(f.unit) === unitInValue(truthRow),
      // The whole name; a sub-heading the truth writes before it ("REF OUT Output Voltage") may be the row's section.
      nameWhole: !!f && (normName(f.parameter) === normName(truthRow.parameter) || (!!f.section && normName(`${f.section} ${f.parameter}`) === normName(truthRow.parameter))),
    };
  });
}
