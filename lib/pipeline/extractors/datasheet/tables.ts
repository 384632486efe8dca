// The characteristics tables of a datasheet, page by page: each header row (Min/Typ/Max, Value,
// Parameter/Symbol/Unit) starts a table; its title is the nearest title line above it (or, on a
// page that continues a table, the title of the table before); its body runs down to the next
// title, header, notes, figure or a wide gap, within the header's width. Ratings printed as lists
// with dot leaders ("Supply voltage ......... 7 V") are read under their titles as well.
import type { PageLayout } from '../../layout/types';
import type { ElectricalCharacteristic } from '../../types';
import { readBody } from './body';
import { isDimensionTable } from './dimension-tables';
import { rowsStartLeftOf } from './left-column';
import { pageFragments, rowsOf, type Fragment } from './fragments';
import { isKeyRow, LIMIT_ROLES, readHeader, roleOfText, TABLE_TITLE, type Column, type Header } from './header';
import { readLabelHeader } from './label-header';
import { readLeaderLists, readPlainLists } from './leaders';
import { withoutRunningLines } from './running-lines';

// ("Note 1,2" alone is a reference wrapped from a name above, not the notes.)
const STOP = /^(?:notes?\b(?!\s*\d[\d,\s]*\)?$)|\*\d{0,2}\s|†|‡|\d\.\s+[A-Z]|\(\d\)\s|figure\s+\d|fig\.\s*\d|typical\s+(?:performance\s+)?characteristics|ordering\s+information|pin\s+(?:configuration|description|functions)|package(?:\s+(?:information|dimensions?|outlines?|drawings?|marking|options?|descriptions?|types?|materials?|mechanical|data))*\s*:?\s*$|applications?\b|functional\s+description|detailed\s+description)/i;

/** A part number before a title ("MSA-2643 Absolute Maximum Ratings", "LM358 Electrical Characteristics"): part of the title. */
const PART_FIRST = /^(?=\S*\d)(?=\S*[A-Z])[A-Z0-9][A-Z0-9/-]{3,}(?:,\s*[A-Z0-9][A-Z0-9/-]{3,})*\s+(?=[A-Z])/;

const rowText = (row: Fragment[]) => row.map((f) => f.text).join(' ');

/** The title above a header: the nearest title line, its conditions in parentheses or on the lines between. */
function titleAbove(rows: Fragment[][], headerIndex: number, headerTop: number, x0: number, x1: number): { title: string | null; conditions: string | null } {
  const conditions: string[] = [];
  for (let i = headerIndex - 1; i >= 0 && headerIndex - i <= 8; i--) {
    const row = rows[i].filter((f) => f.x1 > x0 - 20 && f.x0 < x1 + 20);
    if (!row.length) continue;
    if (headerTop - row[0].y > 160) break;
    const t = rowText(row).trim();
    const m = TABLE_TITLE.exec(t.replace(/^\s*table\s+\d+[-.:]?\s*/i, '').trim()) ?? TABLE_TITLE.exec(t) ?? TABLE_TITLE.exec(t.replace(PART_FIRST, ''));
    if (m || /^table\s+\d+/i.test(t)) {
      const rest = t.slice(t.indexOf(m?.[0] ?? t) + (m?.[0].length ?? t.length)).trim();
      const inTitle = /^[(,:–-]?\s*\(?(.*?\b(?:unless|=|t[aj]\b|v[a-z]{1,3}\b).*?)\)?\s*$/i.exec(rest)?.[1];
      if (inTitle) conditions.unshift(inTitle);
      // (Without its bullet: "■", or the Wingdings letter a font without a Unicode map leaves, "n".)
      const title = (m ? t.slice(0, t.indexOf(m[0]) + m[0].length) : t).replace(/^(?:[■□▪●•◆❑]|[nlqu](?=\s+[A-Z]))\s*/, '').replace(/[:.]$/, '').trim();
      return { title, conditions: conditions.join(', ') || null };
    }
    if (/unless|=|specified|noted|otherwise/i.test(t) && t.length < 220) conditions.unshift(t.replace(/^\(|\)$/g, ''));
  }
  return { title: null, conditions: conditions.join(', ') || null };
}

/** A table whose body ran to the foot of its page: it may go on at the top of the next page, without its header. */
type OpenTable = { header: Header; title: string; conditions: string | null };
type Continued = { table: OpenTable; body: Fragment[]; open: boolean };

export function readTables(pages: PageLayout[]): ElectricalCharacteristic[] {
  const out: ElectricalCharacteristic[] = [];
  let lastTitle: string | null = null;
  let open: OpenTable | null = null;
  for (const page of withoutRunningLines(pages)) {
    const fragments = pageFragments(page);
    const rows = rowsOf(fragments);
    const used = new Set<Fragment>();
    const marks = [...(page.marks ?? [])].sort((a, b) => a.y0 - b.y0);
    const headers = tableHeaders(rows);
    // A table continued from the page before: its rows at the top of this page, under the same columns.
    const continued: Continued | null = open ? continuation(rows, open, page, headers[0]?.index) : null;
    open = null;
    if (continued) {
      for (const f of continued.body) used.add(f);
      const info = { title: continued.table.title, tableConditions: continued.table.conditions, page: page.number };
      out.push(...readBody(continued.table.header, continued.body, info, page.rules ?? [], marks));
      if (continued.open && !headers.length) open = continued.table;
    }
    for (const [h, { index, header, sideways }] of headers.entries()) {
      const { left, right } = spanOf(header);
      const { title, conditions } = titleAbove(rows, index, header.top, header.x0, header.x1);
      // (A header in another page column, beside this table, does not end it.)
      const nextHeader = headers.slice(h + 1).find((n) => n.header.x1 > left && n.header.x0 < right)?.index;
      // The body: rows below the header, within its width, to the next table, notes or a wide gap.
      const { body, open: runsOn } = bodyOf(rows, index + 1, header, page, nextHeader, used);
      for (const f of body) used.add(f);
      // The header's rows are the table's too (the lists read next must not take them).
      for (const row of rows) if (row[0].y >= header.top - 1 && row[0].y <= header.bottom + 1) for (const f of row) if (f.x1 > left && f.x0 < right) used.add(f);
      const info = { title: title ?? lastTitle ?? 'Characteristics', tableConditions: conditions, page: page.number };
      if (title) lastTitle = title;
      const read = readBody(header, body, info, page.rules ?? [], marks);
      out.push(...(sideways ? read.map((r) => turned(r, rows.slice(index + 1, index + 12))) : read));
      // (A sideways table's rows are turned from its own header: it is not carried over to the next page.)
      if (h === headers.length - 1 && runsOn && body.length && !sideways) open = { header, title: info.title, conditions };
    }
    out.push(...readLeaderLists(rows, page.number, used));
    out.push(...readPlainLists(rows, page.number, used));
  }
  return out;
}

/**
 * How far left and right of its header a table's body may reach: a margin around it, further left to
 * an unlabelled column its rows start with, never past a neighbouring page column's text.
 */
function spanOf(header: Header): { left: number; right: number; width: number } {
  const width = header.x1 - header.x0;
  const left = Math.min(header.x0 - 0.15 * width - 10, header.rowsFrom ?? Infinity);
  const right = header.x1 + 0.1 * width + 10;
  return { left: Math.max(left, header.start ?? -Infinity), right: Math.min(right, header.end ?? Infinity), width };
}

/**
 * A table's body from row `from`: the rows within the header's width, to the next table, notes or a
 * wide gap; `open` when it ends only with the page (nothing below it but the page's footer).
 */
function bodyOf(rows: Fragment[][], from: number, header: Header, page: PageLayout, nextHeader: number | undefined, used: Set<Fragment>): { body: Fragment[]; open: boolean } {
  const { left, right, width } = spanOf(header);
  const body: Fragment[] = [];
  let lastY = header.bottom;
  let end = rows.length;
  for (let i = from; i < rows.length; i++) {
    const row = rows[i].filter((f) => f.x1 > left && f.x0 < right && f.y > header.bottom + 0.5);
    if (!row.length) continue;
    end = i;
    if (nextHeader !== undefined && i >= nextHeader) break;
    if (row[0].y - lastY > 4.5 * header.pitch) break;
    if (row[0].y > page.height * 0.95) break;
    const t = rowText(row).trim();
    if (STOP.test(t) && row[0].x0 <= header.x0 + 0.25 * width) break;
    // A title ends the table when a new header follows it or it is set larger; else it is a section heading.
    if (TABLE_TITLE.test(t) && row.length <= 2 && t.length < 90 && i > from && row[0].x0 <= header.x0 + 0.25 * width) {
      const headerFollows = rows.slice(i + 1, i + 5).some(isKeyRow);
      if (headerFollows || row[0].size > 1.15 * (header.pitch / 1.25)) break;
    }
    if (row.some((f) => isProse(f.text) && f.x1 - f.x0 > 0.6 * width)) break;
    for (const f of row) if (!used.has(f)) body.push(f);
    lastY = row[0].y;
    end = rows.length;
  }
  // Open: below the body only the page's footer (short lines in the bottom tenth of the page).
  const below = rows.slice(end).flat().filter((f) => f.y > lastY + 0.5);
  const open = below.every((f) => f.y > 0.9 * page.height && f.text.length <= 40);
  return { body, open };
}

/**
 * The rows at the top of a page that go on with the table left open on the page before: past the
 * page's running header (short lines in its top tenth), rows standing under the open table's columns,
 * the first of them with texts under two of its columns or more, up to the page's first header.
 */
function continuation(rows: Fragment[][], table: OpenTable, page: PageLayout, firstHeader: number | undefined): Continued | null {
  const header = table.header;
  const { left, right } = spanOf(header);
  let from = 0;
  while (from < rows.length && rows[from][0].y < 0.1 * page.height && rows[from].length === 1 && rows[from][0].text.length <= 40) from++;
  const first = rows[from]?.filter((f) => f.x1 > left && f.x0 < right);
  if (!first?.length || (firstHeader !== undefined && from >= firstHeader)) return null;
  const under = new Set(first.map((f) => header.columns.findIndex((c) => Math.min(c.x1, f.x1) - Math.max(c.x0, f.x0) > -4)).filter((i) => i >= 0));
  if (under.size < 2) return null;
  const top = first[0].y - first[0].size;
  const shifted: Header = { ...header, top: top - 1, bottom: top - 0.5 };
  const { body, open } = bodyOf(rows, from, shifted, page, firstHeader, new Set());
  // Rows of a table, not labels of a figure: two lines or more with a name and a limit or unit under their columns.
  const name = header.columns.find((c) => c.role === 'parameter') ?? header.columns[0];
  const valued = header.columns.filter((c) => LIMIT_ROLES.includes(c.role) || c.role === 'unit');
  const standsUnder = (f: Fragment, c: Column) => Math.min(c.x1, f.x1) - Math.max(c.x0, f.x0) > 0;
  const complete = rowsOf(body).filter((row) => row.some((f) => standsUnder(f, name) && /\p{L}{3}/u.test(f.text)) && row.some((f) => valued.some((c) => standsUnder(f, c))));
  return complete.length >= 2 ? { table: { ...table, header: shifted }, body, open } : null;
}

type TableHeader = { index: number; header: Header; sideways: boolean };

/**
 * The page's table headers, top to bottom: key rows (Min/Typ/Max, Parameter/Symbol/Unit, ...), and rows
 * of labels only (packages, parts, or a sideways table's quantities) right under a table's title.
 */
function tableHeaders(rows: Fragment[][]): TableHeader[] {
  const out: TableHeader[] = [];
  rows.forEach((row, index) => {
    if (isKeyRow(row)) {
      for (const [x0, x1] of sideBySide(row)) {
        // Each header read from its own side of the page only.
        const side = rows.map((r) => r.filter((f) => f.x0 >= x0 && f.x1 <= x1));
        const kept = side.map((r, k) => (r.length ? k : -1)).filter((k) => k >= 0);
        const own = kept.map((k) => side[k]);
        const at = kept.indexOf(index);
        const header = withNameColumn(withoutNeighbourTitle(readHeader(own, at)), own.slice(at + 1, at + 21));
        if (isDimensionTable(header, own.slice(at + 1, at + 6))) continue;
        const rowsFrom = rowsStartLeftOf(header, own.slice(at + 1, at + 21));
        // (The other side's text goes on down its own page column, beside the rows: they stay on this side of the cut.)
        const start = Number.isFinite(x0) ? x0 : header.start;
        const end = Number.isFinite(x1) ? x1 : header.end;
        out.push({ index, header: { ...header, rowsFrom, start, end }, sideways: false });
      }
      return;
    }
    const labelled = readLabelHeader(rows, index);
    if (!labelled) return;
    const { header, sideways } = labelled;
    // Right under its title, with no other header between (a title of a table of values may stand to
    // the left of packages' or parts' labels); a lone word ("Characteristics" heading a column) is no title.
    const above = rows.slice(Math.max(0, index - 3), index);
    const titled =
      !above.some(isKeyRow) &&
      above.some((r) => {
        // (The title starts its line, in the table's page column.)
        const f = r.find((g) => g.x0 < header.x1 + 20 && (!sideways || g.x1 > header.x0 - 20));
        return !!f && ((TABLE_TITLE.test(f.text.trim()) && /\S\s+\S/.test(f.text.trim())) || /^table\s+\d+/i.test(f.text.trim()));
      });
    if (titled) out.push({ index, header: sideways ? header : withNameColumn(header, rows.slice(index + 1, index + 21)), sideways });
  });
  return out;
}

/**
 * The sides of a key row that holds two tables' texts side by side (ADI sets "Table 5. ..." beside the
 * next table's header, and that table's first row beside its own header): split at a gap where one side
 * is a header by itself and the other has no header word but a caption or a number, or both are headers. Else the whole row.
 */
function sideBySide(row: Fragment[]): [number, number][] {
  const headerWords = (fs: Fragment[]) => fs.some((f) => roleOfText(f.text) !== null);
  // (A whole header names its rows' column: limit words alone are groups of one header, "Min Max | Min Max".)
  const whole = (fs: Fragment[]) => isKeyRow(fs) && fs.some((f) => roleOfText(f.text) === 'parameter' || roleOfText(f.text) === 'symbol');
  // (Another table's text: its caption, or its row of values. A lone heading with no number, "NOTES" right
  // of "UNITS", is a column of this header that has no role of its own.)
  const otherTables = (fs: Fragment[]) => fs.some((f) => /\d/.test(f.text) || TABLE_TITLE.test(f.text.trim()));
  for (let k = 1; k < row.length; k++) {
    if (row[k].x0 - row[k - 1].x1 < 20) continue;
    const [left, right] = [row.slice(0, k), row.slice(k)];
    const cut = (row[k - 1].x1 + row[k].x0) / 2;
    const [leftKey, rightKey] = [whole(left), whole(right)];
    if (leftKey && rightKey) return [[-Infinity, cut], [cut, Infinity]];
    if (leftKey && !headerWords(right) && otherTables(right)) return [[-Infinity, cut]];
    if (rightKey && !headerWords(left) && otherTables(left)) return [[cut, Infinity]];
  }
  return [[-Infinity, Infinity]];
}

/**
 * A row of a sideways table, turned: its column's head is the parameter (and its symbol, when it is
 * one), its row's label the variant. A note digit on the head ("θJA1") goes when a note under the
 * table starts with it ("1θJA is specified for ...").
 */
function turned(row: ElectricalCharacteristic, below: Fragment[][]): ElectricalCharacteristic {
  let head = (row.variant ?? '').trim();
  const mark = /^(.*\D)(\d)$/.exec(head);
  if (mark && below.flat().some((f) => f.text.trim().startsWith(`${mark[2]}${mark[1]}`))) head = mark[1];
  const symbol = /^[A-Za-zθΘψΨ][A-Za-z0-9θ()-]{0,9}$/.test(head) ? head : row.symbol;
  return { ...row, parameter: head, symbol, variant: row.parameter || null };
}

/**
 * A header that names only the values' columns ("LM158, LM158A | LM2904 | UNIT") has its names in
 * the text left of them: that span, as wide as the lines below reach, is the parameter column.
 */
function withNameColumn(header: Header, below: Fragment[][]): Header {
  if (header.columns.some((c) => c.role === 'parameter')) return header;
  const first = header.columns[0];
  const lefts = below.map((row) => row.filter((f) => f.x1 < first.x0 - 4)).filter((r) => r.length);
  if (lefts.length < 2) return header;
  const x0 = Math.min(...lefts.flat().map((f) => f.x0));
  // Short texts that start at one x well inside that span, on three lines or more ("D package",
  // "P package"): the conditions, in a column of their own.
  const starts = new Map<number, Fragment[]>();
  for (const f of lefts.flat()) if (f.x0 > x0 + 40 && f.text.length <= 24) starts.set(Math.round(f.x0 / 3), [...(starts.get(Math.round(f.x0 / 3)) ?? []), f]);
  const aligned = [...starts.values()].filter((fs) => fs.length >= 3).sort((a, b) => b.length - a.length)[0];
  const split = aligned ? Math.min(...aligned.map((f) => f.x0)) : null;
  const name: Column = { role: 'parameter', name: '', x0, x1: (split ?? first.x0) - 4, variant: null };
  const conditions: Column[] = split === null ? [] : [{ role: 'conditions', name: '', x0: split, x1: first.x0 - 4, variant: null }];
  return { ...header, columns: [name, ...conditions, ...header.columns], x0 };
}

/**
 * A header whose last column is the title of a table beside it ("Parameter | Rating" and, on the same
 * line, "Table 3. Truth Table") or a line of the text in the page's next column ("Stresses above those
 * listed under ..."): that is no column, and the table ends before it.
 */
function withoutNeighbourTitle(header: Header): Header {
  const columns = [...header.columns];
  const neighbour = (name: string) => /^table\s+\d+\b/i.test(name) || (name.length > 40 && name.split(' ').length >= 6);
  while (columns.length > 2 && columns[columns.length - 1].role === 'other' && neighbour(columns[columns.length - 1].name.trim())) columns.pop();
  if (columns.length === header.columns.length) return header;
  // (The neighbour's text goes on down its own page column, beside the rows: they end where it starts.)
  return { ...header, columns, x1: Math.max(...columns.map((c) => c.x1)), end: header.columns[columns.length].x0 - 1 };
}

/** The pages with a characteristics table header, and the page after each (a table may go on there): those whose drawn rules the reader uses. */
export function tablePages(pages: PageLayout[]): number[] {
  const withHeader = pages.filter((page) => rowsOf(pageFragments(page)).some(isKeyRow)).map((page) => page.number);
  const last = pages.length ? pages[pages.length - 1].number : 0;
  return [...new Set(withHeader.flatMap((n) => (n < last ? [n, n + 1] : [n])))].sort((a, b) => a - b);
}

/** A sentence of running text (a note under a table), not a heading with its conditions. */
function isProse(text: string): boolean {
  const words = text.split(' ');
  if (words.length <= 14 || /=/.test(text)) return false;
  const lower = words.filter((w) => /^\p{Ll}/u.test(w)).length;
  return lower > 0.5 * words.length;
}
