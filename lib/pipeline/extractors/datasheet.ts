// The datasheet extractor: the part number(s), and the rows of the electrical characteristics and
// absolute maximum ratings: from detected tables with Min/Typ/Max or Value columns and, where no
// table was detected, from lines that read like a characteristics row ("VDS Drain-Source Voltage 600 V").
import { parseNumber } from '../detect/normalize';
import type { Line, PageLayout, Segment } from '../layout/types';
import type { DatasheetData, ElectricalCharacteristic, Table } from '../types';

const MAX_PART_NUMBERS = 8;
const MAX_ROWS = 2000;

type Role = 'parameter' | 'symbol' | 'conditions' | 'min' | 'typ' | 'max' | 'value' | 'unit';
type Limits = { min: number | null; typ: number | null; max: number | null };

export function extractDatasheet(pages: PageLayout[], tables: Table[], text: string): DatasheetData {
  const perTable = tables.map((t) => rowsFromTable(t));
  const fromTables = perTable.flat();
  const covered = tables.filter((_, i) => perTable[i].length > 0);
  const fromLines = pages.flatMap((p) => rowsFromLines(p, covered.filter((t) => t.page === p.number)));
  const rows = dedupe([...fromTables, ...fromLines]).slice(0, MAX_ROWS);
  const symbols = new Set(rows.map((r) => r.symbol).filter((s): s is string => !!s));
  return { type: 'datasheet', part_numbers: partNumbers(pages, tables, text, symbols), electrical_characteristics: rows };
}

// ---------- values ----------

const MINUS = /[\u2212\u2013\u2012\u2014]/g;
const NUM = String.raw`[-+]?\s?\d[\d,.]*`;
const RANGE = new RegExp(String.raw`^(${NUM})\s*(?:to|\.{2,3}|…|~|\s[-–—]\s)\s*(${NUM})$`, 'i');
const PLUS_MINUS = new RegExp(String.raw`^(?:±|\+/-|\+-)\s?(\d[\d,.]*)$`);

const UNIT =
  /^(?:[pnuµμmkKMG]?(?:V|A|W|Ω|Ohms?|ohms?|F|H|Hz|s|S|C|J|VA|Wh)|[pnuµμmkKMG]?V\/[µμnm]?s|A\/[µμnm]?s|[°º˚]C(?:\/W)?|K\/W|%|dB|dBm|dBc|ppm(?:\/[°º˚]C)?|mΩ|kΩ|MΩ|nV\/√Hz|V\/V|mV\/V|mV\/[°º˚]C|µV\/[°º˚]C|°|deg|Vpp|Vrms|mVpp|LSB|bits?|cycles|pC|nC|µC|mJ|µJ|ns|µs|ms|MHz|kHz|GHz|lm|cd|mcd|nm|mm|g|N|kV|mW|kW|Ω\/sq)$/;

/** "μA" → "µA", "Ohm" → "Ω", "ºC" → "°C", "uA" → "µA". */
function normalizeUnit(raw: string): string | null {
  let u = raw.trim().replace(/^\[|\]$|^\(|\)$/g, '');
  if (!u || u === '-' || u === '—') return null;
  u = u.replace(/\u03bc/g, '\u00b5').replace(/[º˚]C/g, '°C').replace(/^deg\s?C$/i, '°C').replace(/[Oo]hms?$/, 'Ω');
  if (/^u[VAFsWHC]/.test(u)) u = '\u00b5' + u.slice(1);
  return u;
}

/** A cell's numbers: one value, a range ("-55 to 150"), or ± ("±20"). Null when the cell is not one of these. */
function parseCell(raw: string): { kind: 'one'; value: number } | { kind: 'range'; lo: number; hi: number } | { kind: 'pm'; value: number } | null {
  const s = raw.replace(MINUS, '-').replace(/\s+/g, ' ').trim();
  if (!s) return null;
  const pm = PLUS_MINUS.exec(s);
  if (pm) {
    const v = num(pm[1]);
    return v === null ? null : { kind: 'pm', value: v };
  }
  const range = RANGE.exec(s);
  if (range) {
    const lo = num(range[1]);
    const hi = num(range[2]);
    return lo === null || hi === null ? null : { kind: 'range', lo, hi };
  }
  const v = num(s);
  return v === null ? null : { kind: 'one', value: v };
}

const num = (s: string) => parseNumber(s.replace(/\s/g, ''));

/**
 * Puts a cell's value in min/typ/max. A range fills min and max. "±20" is 20 in its column; in a
 * ratings Value column it is the range -20..20 (min -20, max 20). A lone ratings value is a maximum.
 */
function place(limits: Limits, role: 'min' | 'typ' | 'max' | 'value', cell: ReturnType<typeof parseCell>): void {
  if (!cell) return;
  if (cell.kind === 'range') {
    limits.min = cell.lo;
    limits.max = cell.hi;
  } else if (role === 'value') {
    if (cell.kind === 'pm') limits.min = -cell.value;
    limits.max = cell.value;
  } else limits[role] = cell.value;
}

// ---------- from tables ----------

const ROLE_PATTERNS: [Role, RegExp][] = [
  ['min', /^min(?:imum|\.)?(?:\s|\(|$)/i],
  ['typ', /^typ(?:ical|\.)?(?:\s|\(|$)/i],
  ['max', /^max(?:imum|\.)?(?:\s|\(|$)/i],
  ['value', /^(?:values?|ratings?|limits?|max(?:imum)? ratings?)(?:\s|\(|$)/i],
  ['unit', /^units?\b/i],
  ['symbol', /^(?:symbols?|sym\.?)$/i],
  ['conditions', /condition|^test\b/i],
  ['parameter', /param|characteristic|description|^item|^rating|^spec/i],
];

const roleOf = (header: string): Role | null => ROLE_PATTERNS.find(([, re]) => re.test(header.trim()))?.[0] ?? null;
/** "Value (V)", "Max [mA]" → the unit in brackets. */
const headerUnit = (header: string) => {
  const m = /[([]\s*([^)\]]{1,8})\s*[)\]]\s*$/.exec(header);
  return m && UNIT.test(m[1].replace(/\u03bc/g, '\u00b5')) ? normalizeUnit(m[1]) : null;
};

function rowsFromTable(table: Table): ElectricalCharacteristic[] {
  const roles = table.header.map(roleOf);
  const hasLimits = roles.some((r) => r === 'min' || r === 'typ' || r === 'max' || r === 'value');
  if (!hasLimits || table.rows.length === 0) return [];
  let parameterColumn = roles.indexOf('parameter');
  if (parameterColumn < 0) parameterColumn = roles.findIndex((r) => r === null);
  const symbolColumn = roles.indexOf('symbol');
  const conditionsColumn = roles.indexOf('conditions');
  const unitColumn = roles.indexOf('unit');
  const out: ElectricalCharacteristic[] = [];
  let last: { parameter: string; symbol: string | null } | null = null;
  for (const cells of table.rows) {
    const limits: Limits = { min: null, typ: null, max: null };
    let unit = unitColumn >= 0 ? normalizeUnit(cells[unitColumn] ?? '') : null;
    roles.forEach((role, k) => {
      if (role !== 'min' && role !== 'typ' && role !== 'max' && role !== 'value') return;
      const raw = cells[k] ?? '';
      const split = /^(.*\d)\s*(\S+)$/.exec(raw);
      let cell = parseCell(raw);
      if (!cell && split && UNIT.test(split[2])) {
        cell = parseCell(split[1]);
        unit = unit ?? normalizeUnit(split[2]);
      }
      place(limits, role, cell);
      unit = unit ?? (cell ? headerUnit(table.header[k]) : null);
    });
    if (limits.min === null && limits.typ === null && limits.max === null) continue;
    let parameter = parameterColumn >= 0 ? (cells[parameterColumn] ?? '').trim() : '';
    let symbol = symbolColumn >= 0 ? (cells[symbolColumn] ?? '').trim() || null : null;
    // A row under a parameter with another test condition leaves the parameter (and symbol) blank.
    if (!parameter && last) {
      parameter = last.parameter;
      symbol = symbol ?? last.symbol;
    }
    if (!parameter && !symbol) continue;
    last = { parameter: parameter || symbol || '', symbol };
    const conditions = conditionsColumn >= 0 ? (cells[conditionsColumn] ?? '').trim() || null : null;
    out.push({ parameter: parameter || symbol || '', symbol, conditions, ...limits, unit, page: table.page });
  }
  return out;
}

// ---------- from lines (no table detected) ----------

const SECTION_START = /absolute\s+maximum|maximum\s+ratings|electrical\s+characteristics|(?:static|dynamic|switching|thermal|ac|dc)\s+characteristics|recommended\s+operating|specifications/i;
const SECTION_END = /^(?:ordering|package|mechanical|dimensions|revision|typical\s+(?:performance\s+)?characteristics|applications?|features|description|figure|pin\s+(?:configuration|description))/i;
const RATINGS = /absolute\s+maximum|maximum\s+ratings/i;
const COMMON_WORDS = new Set(['gate', 'drain', 'input', 'output', 'zero', 'total', 'time', 'rate', 'slew', 'gain', 'peak', 'pulse', 'power', 'source', 'noise', 'delay', 'rise', 'fall', 'body', 'diode', 'case', 'lead', 'on', 'off', 'the', 'and', 'for', 'with', 'high', 'low', 'mode', 'ratio', 'band', 'test', 'max', 'min', 'typ', 'unit', 'note']);

const isSymbol = (t: string) =>
  t.length <= 12 &&
  /^[A-Za-zθΘη][A-Za-z0-9θ]*(?:\([A-Za-z0-9,+\-]+\))?[A-Za-z0-9,]*$/.test(t) &&
  (/[A-Z].*[A-Z]/.test(t) || /\d|\(/.test(t) || (/^[A-Z][a-z]{1,3}$/.test(t) && !COMMON_WORDS.has(t.toLowerCase())) || /^[a-z]{1,2}[A-Z]/.test(t));

type Token = { text: string; x: number };

/** Words with an estimated x-centre, from the line's segments. */
function tokens(line: Line): Token[] {
  return line.segments.flatMap((s: Segment) => {
    const parts = s.text.split(' ');
    const per = (s.x1 - s.x0) / Math.max(1, s.text.length);
    let offset = 0;
    return parts.map((text) => {
      const x = s.x0 + per * (offset + text.length / 2);
      offset += text.length + 1;
      return { text, x };
    });
  });
}

type HeaderPositions = Partial<Record<'min' | 'typ' | 'max', number>>;

function headerPositions(line: Line): HeaderPositions | null {
  const found: HeaderPositions = {};
  for (const t of tokens(line)) {
    const role = roleOf(t.text);
    if ((role === 'min' || role === 'typ' || role === 'max') && found[role] === undefined) found[role] = t.x;
  }
  return Object.keys(found).length >= 2 ? found : null;
}

/** Reads "RDS(on) Drain-Source On-State Resistance VGS = 10 V 0.19 0.22 Ω" or "VDS Drain-Source Voltage 600 V". */
function parseLine(line: Line, ratings: boolean, positions: HeaderPositions | null, page: number): ElectricalCharacteristic | null {
  const toks = tokens(line);
  if (toks.length < 3 || toks.length > 40 || /^[•●▪\-–*]/.test(line.text)) return null;
  let end = toks.length;
  if (!UNIT.test(toks[end - 1].text.replace(/\u03bc/g, '\u00b5'))) return null;
  const unit = normalizeUnit(toks[--end].text);
  const values: { cell: NonNullable<ReturnType<typeof parseCell>>; x: number }[] = [];
  while (end > 0 && values.length < 3) {
    const t = toks[end - 1];
    if (end >= 3 && /^to$/i.test(toks[end - 2].text)) {
      const range = parseCell(`${toks[end - 3].text} to ${t.text}`);
      if (range) {
        values.unshift({ cell: range, x: t.x });
        end -= 3;
        continue;
      }
    }
    const cell = parseCell(t.text);
    if (!cell) break;
    values.unshift({ cell, x: t.x });
    end--;
  }
  if (!values.length || end === 0) return null;
  const head = toks.slice(0, end).map((t) => t.text);
  // "(V-) - 0.7 to (V+) + 0.7 V": relative to a supply, not a number.
  if (/^[-+±−–]$/.test(head[head.length - 1])) return null;
  let condStart = head.findIndex((t) => /[=≤≥<>]/.test(t));
  if (condStart > 0 && /^[=≤≥<>]+$/.test(head[condStart])) condStart--;
  if (condStart < 0) condStart = head.length;
  let words = head.slice(0, condStart);
  let symbol: string | null = null;
  if (words.length > 1 && isSymbol(words[0]) && !isSymbol(words[1])) {
    symbol = words[0];
    words = words.slice(1);
  } else if (words.length > 1 && isSymbol(words[words.length - 1])) {
    symbol = words[words.length - 1];
    words = words.slice(0, -1);
  }
  const parameter = words.join(' ').replace(/[,:;]$/, '');
  if (!/\p{L}{3}/u.test(parameter) || words.length > 10 || /^(?:note|\d+[.)]|\*|\()/i.test(parameter)) return null;
  let condTokens = head.slice(condStart);
  // "Continuous Drain Current, TC = 25 °C ID 18 A": the symbol after a condition in the parameter column.
  const lastTok = condTokens[condTokens.length - 1];
  if (!symbol && condTokens.length >= 4 && isSymbol(lastTok) && UNIT.test(condTokens[condTokens.length - 2])) {
    symbol = lastTok;
    condTokens = condTokens.slice(0, -1);
  }
  const conditions = condTokens.join(' ').replace(/,$/, '') || null;
  const limits: Limits = { min: null, typ: null, max: null };
  const roles = assignRoles(values.map((v) => v.x), ratings, positions);
  values.forEach((v, i) => place(limits, roles[i], v.cell));
  return { parameter, symbol, conditions, ...limits, unit, page };
}

/** Which limit each number is: by the Min/Typ/Max header's x positions, else by count (ratings: max; 2: typ, max; 3: min, typ, max). */
function assignRoles(xs: number[], ratings: boolean, positions: HeaderPositions | null): ('min' | 'typ' | 'max' | 'value')[] {
  if (positions && !ratings) {
    const entries = Object.entries(positions) as ['min' | 'typ' | 'max', number][];
    const nearest = xs.map((x) => entries.reduce((best, e) => (Math.abs(e[1] - x) < Math.abs(best[1] - x) ? e : best)));
    const roles = nearest.map((e) => e[0]);
    // Only numbers set under the header count (a row read as one phrase has no usable positions).
    if (new Set(roles).size === roles.length && nearest.every((e, i) => Math.abs(e[1] - xs[i]) <= 30)) return roles;
  }
  if (ratings) return xs.length === 2 ? ['min', 'max'] : xs.map(() => 'value');
  if (xs.length >= 3) return ['min', 'typ', 'max'];
  return xs.length === 2 ? ['typ', 'max'] : ['typ'];
}

function rowsFromLines(page: PageLayout, skip: Table[]): ElectricalCharacteristic[] {
  const out: ElectricalCharacteristic[] = [];
  let section: 'ratings' | 'characteristics' | null = null;
  let positions: HeaderPositions | null = null;
  for (const line of page.lines) {
    if (skip.some((t) => line.y >= t.bbox[1] - 1 && line.y <= t.bbox[3] + 1 && line.x1 > t.bbox[0] && line.x0 < t.bbox[2])) continue;
    if (line.text.length < 80 && SECTION_START.test(line.text) && !/\d\s*\S*$/.test(line.text.replace(/\(.*\)/g, ''))) {
      section = RATINGS.test(line.text) ? 'ratings' : 'characteristics';
      positions = null;
      continue;
    }
    if (SECTION_END.test(line.text)) {
      section = null;
      positions = null;
      continue;
    }
    const header = headerPositions(line);
    if (header) {
      positions = header;
      section = section ?? 'characteristics';
      continue;
    }
    if (!section) continue;
    const row = parseLine(line, section === 'ratings', positions, page.number);
    if (row) out.push(row);
  }
  return out;
}

function dedupe(rows: ElectricalCharacteristic[]): ElectricalCharacteristic[] {
  const seen = new Set<string>();
  return rows.filter((r) => {
    const key = [r.page, r.parameter, r.symbol, r.conditions, r.min, r.typ, r.max, r.unit].join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// ---------- part numbers ----------

const PART = /^(?=.*\d)(?=.*[A-Z])[A-Z0-9][A-Za-z0-9]*(?:[-/.][A-Za-z0-9]+)*$/;
const VALUE_WITH_UNIT = /^\d+(?:[.,]\d+)?-?[a-zA-Zµμ°Ω%]+$/;
const PACKAGE =
  /^(?:PG-)?(?:SOT|TO|SOD|SOIC|SO|DO|SMA|SMB|SMC|[A-Z]?DFN|[A-Z]{0,2}QFN|[LT]?QFP|T?SSOP|MSOP|VSSOP|[PS]?DIP|SIP|[A-Z]?BGA|WLCSP|D2?PAK|HSOF|LFPAK|SC|[A-Z]{0,2}SON|TSOT|SMD|PowerPAK|TDSON|SuperSO)-?\d/i;
const STANDARD = /^(?:AEC|ISO|IEC|IEEE|JESD|JEDEC|UL|EN|MIL|RoHS|REACH|IPC|ANSI|ASTM|DIN|ESD|HBM|CDM|MSL|ECCN|ECC|CE|FCC|IP)(?:[-/]|\d)/i;
const DOC_NUMBER = /^(?:S[A-Z]{3}\d{3}[A-Z]?|DS\d{4,}.*|AN\d+|0x[0-9A-F]+|Rev.*|Fig.*|Table\d*|Page\d*|[A-Z]\d)$/i;
const ORDERING_COLUMN = /part|order|device|type|product|model|ordering|article|catalog/i;

function partCandidates(text: string): string[] {
  return text
    .split(/[\s,;:()[\]"'“”‘’|]+/)
    .map((t) => t.replace(/[.\-/]+$/, ''))
    .filter((t) => t.length >= 4 && t.length <= 24 && PART.test(t) && !VALUE_WITH_UNIT.test(t) && !PACKAGE.test(t) && !STANDARD.test(t) && !DOC_NUMBER.test(t));
}

/**
 * Part numbers by evidence: the title area of page 1 (large or top lines), the part-number column of
 * an ordering table, page headers and footers, and how often the text names them.
 */
function partNumbers(pages: PageLayout[], tables: Table[], text: string, symbols: Set<string>): string[] {
  const score = new Map<string, number>();
  const add = (t: string, points: number) => {
    if (!symbols.has(t)) score.set(t, (score.get(t) ?? 0) + points);
  };
  const first = pages[0];
  if (first) {
    const sizes = first.lines.map((l) => l.size).sort((a, b) => a - b);
    const body = sizes[Math.floor(sizes.length / 2)] ?? 10;
    const titled = new Set<string>();
    for (const line of first.lines) {
      if (line.y < 0.3 * first.height || line.size >= 1.4 * body) for (const t of partCandidates(line.text)) titled.add(t);
    }
    for (const t of titled) add(t, 6);
  }
  for (const table of tables) {
    table.header.forEach((h, k) => {
      if (!ORDERING_COLUMN.test(h) || /marking|package|qty|quantity|packing/i.test(h)) return;
      const seen = new Set(table.rows.flatMap((r) => partCandidates(r[k] ?? '')));
      for (const t of seen) add(t, 5);
    });
  }
  const margins = new Map<string, number>();
  for (const page of pages) {
    const seen = new Set<string>();
    for (const line of page.lines) if (line.y < 0.08 * page.height || line.y > 0.92 * page.height) for (const t of partCandidates(line.text)) seen.add(t);
    for (const t of seen) margins.set(t, (margins.get(t) ?? 0) + 1);
  }
  for (const [t, n] of margins) add(t, Math.min(6, 2 * n));
  const counts = new Map<string, number>();
  for (const t of partCandidates(text.slice(0, 200_000))) counts.set(t, (counts.get(t) ?? 0) + 1);
  for (const [t, n] of counts) if (score.has(t)) add(t, Math.min(3, 0.3 * n));
  const ranked = [...score].sort((a, b) => b[1] - a[1]);
  const best = ranked[0]?.[1] ?? 0;
  if (best < 2.5) return [];
  return ranked
    .filter(([, s]) => s >= Math.max(5, 0.4 * best) || s === best)
    .slice(0, MAX_PART_NUMBERS)
    .map(([t]) => t);
}
