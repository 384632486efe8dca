// Tables from positioned text: runs of lines whose segments line up in columns over several rows
// (whitespace-aligned, no drawn rules needed), with a header row, wrapped cells merged back, and
// prose columns, "Label: value" lists and tables of contents left out.
import type { Line, PageLayout, Rule, Segment } from '../layout/types';
import type { BBox, Table } from '../types';

const MAX_TABLES_PER_PAGE = 40;
const MAX_COLUMNS = 30;
/** Single-segment lines (wrapped cells, section rows) allowed in a row inside a table. */
const MAX_SINGLES = 3;

type Span = { x0: number; x1: number };
type Column = Span & { header: string };
type Row = { cells: string[]; y0: number; y1: number; size: number };

const NUMERIC_CELL = /^[-+\u2212\u2013±(]?\s?[$€£¥]?\s?\d[\d\s.,']*\s?%?\)?$/;
const AMOUNT_LIKE = /\d[.,]\d|%|[$€£¥]/;
const LEADERS = /(?:\.\s?){4,}|…{2,}|(?:_\s?){4,}/;
const LETTER = /\p{L}/u;
const YEAR = /^(?:19|20)\d\d$/;

const overlap = (a: Span, b: Span) => Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
const distance = (a: Span, b: Span) => Math.max(0, Math.max(a.x0, b.x0) - Math.min(a.x1, b.x1));
const median = (values: number[]) => {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const words = (s: string) => (s ? s.split(' ').length : 0);

export function detectTables(page: PageLayout): Table[] {
  const { lines } = page;
  const tables: Table[] = [];
  const used = new Set<number>();
  for (const run of findRuns(lines)) {
    if (tables.length >= MAX_TABLES_PER_PAGE) break;
    const table = buildTable(page, lines, run, used);
    if (table) tables.push(table);
  }
  return tables;
}

// ---------- runs of aligned lines ----------

const ALIGN_TOLERANCE = 2;
const aligned = (a: Segment, b: Segment) =>
  Math.abs(a.x0 - b.x0) <= ALIGN_TOLERANCE || Math.abs(a.x1 - b.x1) <= ALIGN_TOLERANCE || Math.abs(a.x0 + a.x1 - b.x0 - b.x1) <= 2 * ALIGN_TOLERANCE;

/**
 * Two lines are rows of one table when their cells line up: at least two share a left edge, a right
 * edge or a centre, or most overlap one to one (no cell of one spanning two of the other).
 */
function compatible(a: Line, b: Line): boolean {
  const na = a.segments.length;
  const nb = b.segments.length;
  let lined = 0;
  let overlapping = 0;
  for (const s of b.segments) {
    if (a.segments.some((t) => aligned(s, t))) lined++;
    const hits = a.segments.filter((t) => overlap(s, t) > -0.5).length;
    if (hits > 1) return false;
    if (hits === 1) overlapping++;
  }
  if (a.segments.some((t) => b.segments.filter((s) => overlap(s, t) > -0.5).length > 1)) return false;
  return (lined >= 2 && lined >= 0.4 * Math.min(na, nb)) || (overlapping >= 2 && overlapping >= 0.6 * Math.max(na, nb));
}

/** `line` continues the rows above: below, near, of a similar size. */
function follows(prev: Line, line: Line): boolean {
  const small = Math.min(prev.size, line.size);
  const dy = line.y - prev.y;
  return dy > 0.2 * small && dy <= 2.6 * small && Math.max(prev.size, line.size) <= 1.2 * small;
}

/** Indexes of lines that may form one table: aligned multi-segment lines, with a few single lines between. */
function findRuns(lines: Line[]): number[][] {
  const runs: number[][] = [];
  let current: number[] = [];
  let pending: number[] = [];
  let anchor: Line | null = null;
  let extent: Span = { x0: 0, x1: 0 };
  const close = () => {
    if (current.length) runs.push([...current, ...pending]);
    current = [];
    pending = [];
    anchor = null;
  };
  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    if (current.length && prev && !follows(prev, line)) close();
    if (line.segments.length >= 2) {
      if (anchor && compatible(anchor, line)) {
        current.push(...pending, i);
        pending = [];
        extent = { x0: Math.min(extent.x0, line.x0), x1: Math.max(extent.x1, line.x1) };
      } else {
        close();
        current = [i];
        extent = { x0: line.x0, x1: line.x1 };
      }
      anchor = line;
    } else if (current.length) {
      const inside = line.x0 >= extent.x0 - 6 && line.x1 <= extent.x1 + 6;
      if (inside && pending.length < MAX_SINGLES) pending.push(i);
      else close();
    }
  });
  close();
  return runs;
}

// ---------- header ----------

/** Short labels, mostly words, no amounts or bare numbers (a year will do): "Parameter", "Min", "Unit Price", "2024". */
function labelLike(line: Line): boolean {
  const cells = line.segments.map((s) => s.text);
  if (cells.length < 2) return false;
  const lettered = cells.filter((c) => LETTER.test(c)).length;
  const label = (c: string) =>
    c.length <= 40 && words(c) <= 5 && !AMOUNT_LIKE.test(c) && !c.endsWith(':') && !/^[-–•*]/.test(c) && (LETTER.test(c) || YEAR.test(c));
  return lettered >= cells.length / 2 && cells.every(label);
}

/** A two-column table needs a header that reads as one: capitalised labels, not a first data row like "-c, --check". */
const capitalised = (header: string[]) => header.every((c) => !c || /^[\p{Lu}\d#%(№]/u.test(c));

/** The header line: the run's first line if it reads as labels, else a label line just above it. */
function findHeader(lines: Line[], run: number[], used: Set<number>): { index: number; own: boolean } | null {
  const first = lines[run[0]];
  if (labelLike(first) && run.length >= 2) return { index: run[0], own: true };
  const above = run[0] - 1;
  const line = lines[above];
  if (!line || used.has(above) || !labelLike(line) || !follows(line, first) || first.y - line.y > 2.5 * first.size) return null;
  if (line.x0 < first.x0 - 3 * first.size || line.x1 > lines[run[run.length - 1]].x1 + 6 * first.size) return null;
  return { index: above, own: false };
}

// ---------- columns ----------

/** Column spans: the x-ranges covered by the body's cells, split where no cell reaches. */
function columnSpans(segments: Segment[]): Span[] {
  const sorted = [...segments].sort((a, b) => a.x0 - b.x0);
  const spans: Span[] = [];
  for (const s of sorted) {
    const last = spans[spans.length - 1];
    if (last && s.x0 < last.x1 + 0.5) last.x1 = Math.max(last.x1, s.x1);
    else spans.push({ x0: s.x0, x1: s.x1 });
  }
  return spans;
}

/**
 * Header cells to columns, in order (an alignment by dynamic programming): a left-aligned label
 * may sit well left of its right-aligned numbers, so nearest-overlap alone would pick wrongly.
 * A header cell matching no column becomes a column of its own (empty in the body).
 */
function alignHeader(header: Segment[], spans: Span[], size: number): Column[] {
  const m = header.length;
  const n = spans.length;
  const gaps = spans.slice(1).map((s, i) => (s.x0 + s.x1) / 2 - (spans[i].x0 + spans[i].x1) / 2);
  const skip = Math.max(3 * size, median(gaps));
  const cost = (i: number, j: number) => distance(header[i], spans[j]) - Math.min(0.01, Math.max(0, overlap(header[i], spans[j])));
  // best[i][j]: header[0..i) aligned with spans[0..j).
  const best: number[][] = Array.from({ length: m + 1 }, (_, i) => Array.from({ length: n + 1 }, (_, j) => (i + j) * skip));
  for (let i = 1; i <= m; i++)
    for (let j = 1; j <= n; j++)
      best[i][j] = Math.min(best[i - 1][j - 1] + cost(i - 1, j - 1), best[i - 1][j] + skip, best[i][j - 1] + skip);
  const columns: Column[] = [];
  let i = m;
  let j = n;
  while (i > 0 || j > 0) {
    if (i > 0 && j > 0 && best[i][j] === best[i - 1][j - 1] + cost(i - 1, j - 1)) {
      columns.push({ ...spans[j - 1], header: header[i - 1].text });
      i--;
      j--;
    } else if (i > 0 && (j === 0 || best[i][j] === best[i - 1][j] + skip)) {
      columns.push({ x0: header[i - 1].x0, x1: header[i - 1].x1, header: header[i - 1].text });
      i--;
    } else {
      columns.push({ ...spans[j - 1], header: '' });
      j--;
    }
  }
  return columns.reverse();
}

/** The column a segment belongs to: most overlap, else nearest. */
function columnOf(columns: Span[], s: Segment): number {
  let bestIndex = 0;
  let bestScore = -Infinity;
  columns.forEach((c, k) => {
    const o = overlap(c, s);
    const score = o > 0 ? o : -distance(c, s);
    if (score > bestScore) {
      bestScore = score;
      bestIndex = k;
    }
  });
  return bestIndex;
}

// ---------- rows ----------

function toRow(line: Line, columns: Span[]): Row {
  const cells = columns.map(() => '');
  for (const s of line.segments) {
    const k = columnOf(columns, s);
    cells[k] = cells[k] ? `${cells[k]} ${s.text}` : s.text;
  }
  return { cells, y0: line.y, y1: line.y, size: line.size };
}

const filled = (row: Row) => row.cells.filter((c) => c).length;
const join = (a: string, b: string) => (!a ? b : !b ? a : a.endsWith('-') && /^\p{Ll}/u.test(b) ? a + b : `${a} ${b}`);

/** Text that cannot start a row: lower case, or after a cell that ends mid-phrase. */
const continues = (text: string, before: string) => /^\p{Ll}/u.test(text) || /[-,(/&]$/.test(before);

/**
 * Folds wrapped-cell lines back into their row: a line with a single cell, or a few text cells and
 * no numbers, set closer to a neighbouring row than rows are to each other. Other single-cell lines
 * stay as section rows ("Dynamic characteristics"), except at the end of the table.
 */
function mergeContinuations(raw: Row[], pitch: number): Row[] {
  const tight = (gap: number, size: number) => (pitch > 0 ? gap < 0.8 * pitch : gap < 1.3 * size);
  const out: Row[] = [];
  let prefix: Row | null = null;
  raw.forEach((row, i) => {
    const prev = out[out.length - 1];
    const next = raw[i + 1];
    const count = filled(row);
    const textOnly = row.cells.every((c) => !c || !NUMERIC_CELL.test(c));
    const partial = count === 1 || (textOnly && count < row.cells.length / 2);
    if (prefix && !partial) {
      const head: Row = prefix;
      row = { ...row, cells: row.cells.map((c, k) => join(head.cells[k], c)), y0: head.y0 };
      prefix = null;
    }
    if (partial && !prefix) {
      const k = row.cells.findIndex((c) => c);
      const gapPrev = prev ? row.y0 - prev.y1 : Infinity;
      const gapNext = next ? next.y0 - row.y1 : Infinity;
      if (prev && ((tight(gapPrev, row.size) && gapPrev <= gapNext + 0.5) || (count === 1 && continues(row.cells[k], prev.cells[k])))) {
        prev.cells = prev.cells.map((c, j) => join(c, row.cells[j]));
        prev.y1 = row.y1;
        return;
      }
      if (next && tight(gapNext, row.size) && row.cells.every((c, j) => !c || !next.cells[j])) {
        prefix = row;
        return;
      }
    } else if (partial && prefix) {
      const head: Row = prefix;
      prefix = { ...row, cells: row.cells.map((c, k) => join(head.cells[k], c)), y0: head.y0 };
      return;
    }
    out.push(row);
  });
  if (prefix) out.push(prefix);
  while (out.length && filled(out[out.length - 1]) <= 1) out.pop();
  return out;
}

// ---------- is it a table? ----------

function looksTabular(header: string[], rows: string[][]): boolean {
  const all = header.length ? [header, ...rows] : rows;
  const ncols = all[0]?.length ?? 0;
  if (ncols < 2 || ncols > MAX_COLUMNS) return false;
  const multi = all.filter((r) => r.filter((c) => c).length >= 2).length;
  const twoRowTable = header.length > 0 && rows.length === 1 && ncols >= 3 && rows[0].filter((c) => c).length >= 3;
  if (multi < 3 && !twoRowTable) return false;
  // A table of contents: dot leaders.
  if (all.filter((r) => r.some((c) => LEADERS.test(c))).length >= 0.3 * all.length) return false;
  // Prose set in two columns: long, wordy cells side by side.
  const prose = Array.from({ length: ncols }, (_, k) => {
    const cells = rows.map((r) => r[k]).filter((c) => c);
    const meanWords = cells.reduce((n, c) => n + words(c), 0) / Math.max(1, cells.length);
    const meanChars = cells.reduce((n, c) => n + c.length, 0) / Math.max(1, cells.length);
    return meanWords >= 6 && meanChars >= 35;
  }).filter(Boolean).length;
  if (prose >= 2 || (prose >= 1 && ncols === 2 && !header.length)) return false;
  if (ncols === 2) {
    const firsts = rows.map((r) => r[0]).filter((c) => c);
    if (firsts.filter((c) => c.endsWith(':')).length >= 0.6 * firsts.length) return false;
    const numericColumn = [0, 1].some((k) => {
      const cells = rows.map((r) => r[k]).filter((c) => c);
      return cells.length > 0 && cells.filter((c) => NUMERIC_CELL.test(c)).length >= 0.6 * cells.length;
    });
    if (!(header.length && capitalised(header)) && !numericColumn) return false;
  }
  return true;
}

// ---------- assembly ----------

function buildTable(page: PageLayout, lines: Line[], run: number[], used: Set<number>): Table | null {
  const multi = run.filter((i) => lines[i].segments.length >= 2);
  if (multi.length < 2) return null;
  const header = findHeader(lines, run, used);
  const body = header?.own ? run.slice(1) : run;
  const bodyMulti = body.filter((i) => lines[i].segments.length >= 2);
  if (!bodyMulti.length) return null;
  const size = median(bodyMulti.map((i) => lines[i].size));
  const spans = columnSpans(bodyMulti.flatMap((i) => lines[i].segments));
  const columns: Column[] = header ? alignHeader(lines[header.index].segments, spans, size) : spans.map((s) => ({ ...s, header: '' }));
  if (columns.length < 2 || columns.length > MAX_COLUMNS) return null;
  const pitches = bodyMulti.slice(1).map((i, k) => lines[i].y - lines[bodyMulti[k]].y).filter((_, k) => bodyMulti[k + 1] - bodyMulti[k] === 1);
  const rows = mergeContinuations(
    body.map((i) => toRow(lines[i], columns)),
    pitches.length ? median(pitches) : 0,
  );
  const headerCells = header ? columns.map((c) => c.header) : [];
  const cells = rows.map((r) => r.cells);
  if (!looksTabular(headerCells, cells)) return null;
  const included = header ? [header.index, ...body] : body;
  for (const i of included) used.add(i);
  const segments = included.flatMap((i) => lines[i].segments);
  const bbox: BBox = [
    Math.min(...segments.map((s) => s.x0)),
    Math.min(...segments.map((s) => s.y - 0.75 * s.size)),
    Math.max(...segments.map((s) => s.x1)),
    Math.max(...segments.map((s) => s.y + 0.25 * s.size)),
  ];
  return { page: page.number, bbox, kind: isRuled(bbox, page.rules) ? 'ruled' : 'aligned', header: headerCells, rows: cells };
}

/** Drawn rules across the table's box: at least two horizontal ones over half its width, or two vertical ones. */
function isRuled([left, top, right, bottom]: BBox, rules: Rule[] | undefined): boolean {
  if (!rules?.length) return false;
  const width = right - left;
  let horizontal = 0;
  let vertical = 0;
  for (const r of rules) {
    if (r.y0 === r.y1 && r.y0 >= top - 4 && r.y0 <= bottom + 4 && Math.min(right, Math.max(r.x0, r.x1)) - Math.max(left, Math.min(r.x0, r.x1)) >= 0.5 * width) horizontal++;
    else if (r.x0 === r.x1 && r.x0 >= left - 4 && r.x0 <= right + 4 && Math.min(bottom, Math.max(r.y0, r.y1)) - Math.max(top, Math.min(r.y0, r.y1)) >= 0.5 * (bottom - top)) vertical++;
  }
  return horizontal >= 2 || vertical >= 2;
}
