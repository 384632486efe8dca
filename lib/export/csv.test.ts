import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { DocumentResult, Table } from '../pipeline/types';
import { csvCell, csvFile, csvLine, tableCsv } from './csv';

const invoice: DocumentResult = JSON.parse(readFileSync(new URL('./fixtures/invoice-1.result.json', import.meta.url), 'utf8'));

test('quotes only what needs it, doubling quotes; CRLF lines', () => {
  assert.equal(csvLine(['a', 'b c', 'd,e', 'say "hi"', 'two\nlines']), 'a,b c,"d,e","say ""hi""","two\nlines"\r\n');
  assert.equal(csvLine([null, undefined, 0, 1.5, true, '']), ',,0,1.5,true,\r\n');
  assert.equal(csvCell('Grüße, Jürgen'), '"Grüße, Jürgen"');
});

test('text a spreadsheet would run as a formula is defused, numbers are left alone', () => {
  assert.equal(csvCell('=HYPERLINK("http://x")'), `"'=HYPERLINK(""http://x"")"`);
  assert.equal(csvCell('@SUM(A1)'), "'@SUM(A1)");
  assert.equal(csvCell('+1 (555) 013-2244'), "'+1 (555) 013-2244");
  assert.equal(csvCell('-20'), '-20');
  assert.equal(csvCell('-0.3'), '-0.3');
  assert.equal(csvCell('+5%'), '+5%');
  assert.equal(csvCell('-1,234.50'), '"-1,234.50"');
  assert.equal(csvCell('$7,379.03'), '"$7,379.03"');
});

test("a real invoice's line-item table: header, then rows", () => {
  const table = invoice.tables?.[0] as Table;
  const lines = [...tableCsv(table)];
  assert.equal(lines[0], 'Description,Qty,Unit Price,Amount\r\n');
  assert.equal(lines[2], 'Steel brackets M8,19,$388.37,"$7,379.03"\r\n');
  assert.equal(lines.length, table.rows.length + 1);
});

test('ragged rows are padded; a table without a header starts with its rows', () => {
  const table: Table = { page: 1, bbox: [0, 0, 1, 1], kind: 'aligned', header: [], rows: [['a', 'b', 'c'], ['d']] };
  assert.deepEqual([...tableCsv(table)], ['a,b,c\r\n', 'd,,\r\n']);
});

test('a CSV file is UTF-8 with a byte order mark first, so Excel reads °C, µA and − right', async () => {
  let out = '';
  for await (const chunk of csvFile([csvLine(['Temperature', '°C']), csvLine(['Leakage', 'µA', '−0.5'])])) out += chunk;
  assert.equal(out, '\uFEFFTemperature,°C\r\nLeakage,µA,−0.5\r\n');
  assert.deepEqual([...Buffer.from(out).subarray(0, 3)], [0xef, 0xbb, 0xbf]);
});
