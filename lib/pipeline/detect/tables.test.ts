import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Line, PageLayout, Segment } from '../layout/types';
import { detectTables } from './tables';

// Fixtures: trimmed `scripts/dump-layout.ts` output of the corpus PDFs and libtasn1.pdf.
const fixture = (name: string): PageLayout[] => JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8'));
const tablesOf = (name: string) => fixture(name).flatMap((page) => detectTables(page));

test('datasheet: ratings, characteristics and ordering tables, with empty cells kept in place', () => {
  const tables = tablesOf('tables-datasheet-1');
  assert.equal(tables.length, 3);
  const [ratings, characteristics, ordering] = tables;
  assert.deepEqual(ratings.header, ['Parameter', 'Symbol', 'Value', 'Unit']);
  assert.equal(ratings.rows.length, 6);
  assert.deepEqual(ratings.rows[5], ['Operating Junction Temperature', 'Tj', '-55 to 150', '°C']);
  assert.deepEqual(characteristics.header, ['Parameter', 'Symbol', 'Test Conditions', 'Min', 'Typ', 'Max', 'Unit']);
  assert.equal(characteristics.rows.length, 7);
  assert.deepEqual(characteristics.rows[3], ['Drain-Source On-State Resistance', 'RDS(on)', 'VGS = 10 V, ID = 5.6 A', '', '0.19', '0.22', 'Ω']);
  assert.deepEqual(characteristics.rows[0].slice(3), ['600', '', '', 'V']);
  assert.deepEqual(ordering.header, ['Part Number', 'Package', 'Marking', 'Packing']);
  assert.deepEqual(ordering.rows, [['IPX60R190P7', 'See page 1', 'IPX60R', 'Tape and reel, 3000 units']]);
  assert.equal(characteristics.kind, 'aligned');
  assert.equal(characteristics.page, 1);
  const [left, top, right, bottom] = characteristics.bbox;
  assert.ok(left > 40 && left < 50 && right > 525 && right < 535 && top > 440 && top < 450 && bottom > 548 && bottom < 552);
});

test('invoice: line items under a header set left of right-aligned amounts; the totals block is not a row', () => {
  const tables = tablesOf('tables-invoice-1');
  assert.equal(tables.length, 1);
  assert.deepEqual(tables[0].header, ['Description', 'Qty', 'Unit Price', 'Amount']);
  assert.equal(tables[0].rows.length, 4);
  assert.deepEqual(tables[0].rows[1], ['Steel brackets M8', '19', '$388.37', '$7,379.03']);
  assert.ok(!tables[0].rows.flat().some((c) => /Subtotal|Invoice No/.test(c)));
});

test('bank statement: transactions with debit or credit empty; the account details above are not part of it', () => {
  const tables = tablesOf('tables-bank-statement-1');
  assert.equal(tables.length, 1);
  assert.deepEqual(tables[0].header, ['Date', 'Description', 'Debit', 'Credit', 'Balance']);
  assert.ok(tables[0].rows.length >= 8);
  assert.deepEqual(tables[0].rows[0], ['2026-05-01', 'DIRECT DEBIT ELECTRICITY', '375.97', '', '5254.96']);
  assert.deepEqual(tables[0].rows[4], ['2026-05-05', 'SALARY ACME CORP', '', '1492.97', '6122.16']);
});

test('report: year headers far left of their right-aligned figures still get their columns', () => {
  const [table, ...rest] = tablesOf('tables-report-1');
  assert.equal(rest.length, 0);
  assert.deepEqual(table.header, ['Indicator', '2024', '2025', 'Change']);
  assert.equal(table.rows.length, 5);
  assert.equal(table.rows[0].length, 4);
});

test('paper: two-column prose is not a table, the results table is', () => {
  const tables = tablesOf('tables-paper-1');
  assert.equal(tables.length, 1);
  assert.deepEqual(tables[0].header, ['Method', 'Accuracy', 'F1', 'Time (s)']);
  assert.deepEqual(tables[0].rows[1], ['Ours', '0.874', '0.861', '9.8']);
});

test('libtasn1: a table of contents and option lists are not tables', () => {
  assert.deepEqual(tablesOf('tables-libtasn1'), []);
});

test('a "Label: value" list is not a table', () => {
  assert.deepEqual(tablesOf('tables-loan-1'), []);
});

// ---------- hand-made layouts for what real datasheets do ----------

const seg = (text: string, x0: number, y: number, size = 8): Segment => ({ text, x0, x1: x0 + text.length * size * 0.5, y, size });
const line = (y: number, cells: [string, number][], size = 8): Line => {
  const segments = cells.map(([text, x]) => seg(text, x, y, size));
  return { text: segments.map((s) => s.text).join(' '), segments, x0: segments[0].x0, x1: segments[segments.length - 1].x1, y, size, block: 0 };
};
const pageOf = (lines: Line[]): PageLayout => ({ number: 3, width: 595, height: 842, lines, text: lines.map((l) => l.text).join('\n') });

test('a wrapped parameter name is merged back into its row; a section row stays', () => {
  const page = pageOf([
    line(100, [['Parameter', 40], ['Symbol', 200], ['Min', 300], ['Typ', 340], ['Max', 380], ['Unit', 420]]),
    line(114, [['Static characteristics', 40]]),
    line(128, [['Gate threshold voltage', 40], ['VGS(th)', 200], ['2.5', 300], ['3', 340], ['3.5', 380], ['V', 420]]),
    line(142, [['Drain-source on-state', 40], ['RDS(on)', 200], ['0.16', 340], ['0.19', 380], ['Ω', 420]]),
    line(151, [['resistance', 40]]),
    line(165, [['Gate resistance', 40], ['RG', 200], ['1.2', 340], ['Ω', 420]]),
  ]);
  const [table] = detectTables(page);
  assert.deepEqual(table.header, ['Parameter', 'Symbol', 'Min', 'Typ', 'Max', 'Unit']);
  assert.deepEqual(
    table.rows.map((r) => r[0]),
    ['Static characteristics', 'Gate threshold voltage', 'Drain-source on-state resistance', 'Gate resistance'],
  );
  assert.deepEqual(table.rows[2], ['Drain-source on-state resistance', 'RDS(on)', '', '0.16', '0.19', 'Ω']);
  assert.equal(table.page, 3);
});

test('drawn rules across the table make it ruled', () => {
  const lines = [
    line(100, [['Pin', 40], ['Name', 120], ['Function', 220]]),
    line(114, [['1', 40], ['GND', 120], ['Ground', 220]]),
    line(128, [['2', 40], ['VIN', 120], ['Supply input', 220]]),
  ];
  const rules = [94, 104, 132].map((y) => ({ x0: 38, y0: y, x1: 300, y1: y }));
  const [table] = detectTables({ ...pageOf(lines), rules });
  assert.equal(table.kind, 'ruled');
  assert.deepEqual(table.rows[1], ['2', 'VIN', 'Supply input']);
});

test('two label/value lines are not a table, nor is a page without text', () => {
  const page = pageOf([line(100, [['Package', 40], ['SOT-23', 200]]), line(114, [['Marking', 40], ['K38', 200]])]);
  assert.deepEqual(detectTables(page), []);
  assert.deepEqual(detectTables(pageOf([])), []);
});

test('a very long run of rows stays fast; without a label row there is no header', () => {
  const lines = Array.from({ length: 3000 }, (_, i) => line(20 + i * 12, [[`Row ${i}`, 40], [`${i}.5`, 200], ['V', 300]]));
  const started = performance.now();
  const tables = detectTables(pageOf(lines));
  assert.ok(performance.now() - started < 1000);
  assert.equal(tables.length, 1);
  assert.deepEqual(tables[0].header, []);
  assert.equal(tables[0].rows.length, 3000);
});

test('a two-line parameter with its numbers centred between the lines becomes one row', () => {
  const page = pageOf([
    line(100, [['Parameter', 40], ['Symbol', 200], ['Typ', 340], ['Max', 380], ['Unit', 420]]),
    line(116, [['Input capacitance', 40], ['Ciss', 200], ['1080', 340], ['pF', 420]]),
    line(130, [['Zero gate voltage drain', 40]]),
    line(134.5, [['IDSS', 200], ['0.1', 340], ['1', 380], ['µA', 420]]),
    line(139, [['current', 40]]),
    line(155, [['Gate charge', 40], ['Qg', 200], ['25', 340], ['nC', 420]]),
  ]);
  const [table] = detectTables(page);
  assert.deepEqual(table.rows[1], ['Zero gate voltage drain current', 'IDSS', '0.1', '1', 'µA']);
  assert.equal(table.rows.length, 3);
});
