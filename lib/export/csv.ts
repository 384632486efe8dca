// CSV as RFC 4180 writes it (CRLF lines, quotes doubled), for the export's summary and tables;
// every CSV file the app writes goes through `csvFile`, so all are UTF-8 with a byte order mark.
// Text that a spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe,
// unless it is just a number such as "-0.3" (OWASP's CSV-injection advice, without mangling data).
import type { Table } from '../pipeline/types';

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d[\d,]*(\.\d*)?|\.\d+)([eE][+-]?\d+)?%?$/;

/** Excel reads a CSV as UTF-8 only when it starts with a byte order mark (else "Â°C" for "°C", "MÃ¼ller"). */
export const UTF8_BOM = '\uFEFF';

/** A CSV file's content as written: the byte order mark, then its lines. */
export async function* csvFile(lines: Iterable<string> | AsyncIterable<string>): AsyncGenerator<string> {
  yield UTF8_BOM;
  yield* lines;
}

export type CsvValue = string | number | boolean | null | undefined;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const text = FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvLine = (cells: readonly CsvValue[]): string => `${cells.map(csvCell).join(',')}\r\n`;

/** A table as CSV: its header row (when it has one), then its rows, all padded to one width. */
export function* tableCsv(table: Table): Generator<string> {
  const width = table.rows.reduce((w, r) => Math.max(w, r.length), table.header.length);
  const pad = (row: readonly string[]) => (row.length < width ? [...row, ...Array<string>(width - row.length).fill('')] : row);
  if (table.header.length) yield csvLine(pad(table.header));
  for (const row of table.rows) yield csvLine(pad(row));
}
