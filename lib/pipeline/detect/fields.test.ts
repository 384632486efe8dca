import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Line, PageLayout } from '../layout/types';
import { detectFields, findField, inlinePairs } from './fields';

const fixture = (name: string): PageLayout[] => JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));
const pairs = (pages: PageLayout[]) => detectFields(pages).map((f) => `${f.page}|${f.key}|${f.value}`);

/** A line of segments at (x, y), 10 pt text, for hand-written layouts. */
function line(y: number, ...cells: [string, number][]): Line {
  const segments = cells.map(([text, x]) => ({ text, x0: x, x1: x + text.length * 5, y, size: 10 }));
  return { text: cells.map((c) => c[0]).join(' '), segments, x0: segments[0].x0, x1: segments[segments.length - 1].x1, y, size: 10, block: 0 };
}
const pageOf = (...lines: Line[]): PageLayout[] => [{ number: 1, width: 612, height: 792, lines, text: lines.map((l) => l.text).join('\n') }];

test('label and value segments of a bank statement, not its table rows or its prose (bank-statement-1)', () => {
  const found = pairs(fixture('fields-statement-contract.json')).filter((p) => p.startsWith('1|'));
  assert.deepEqual(found, [
    '1|Account Holder|Chen Wei',
    '1|Account Number|3140-463712',
    '1|Statement Period|2026-05-01 to 2026-05-28',
    '1|Opening Balance|$5,630.93',
    '1|Closing Balance|$19,797.14',
    '1|IBAN|DE44 5001 0517 5407 3249 31',
  ]);
  const closing = detectFields(fixture('fields-statement-contract.json')).find((f) => f.key === 'Closing Balance');
  assert.deepEqual(closing?.normalized, { type: 'money', amount: 19797.14, currency: 'USD' });
});

test('a contract: "agree as follows:" is prose; the signature block gives names, not blanks (contract-1)', () => {
  const found = pairs(fixture('fields-statement-contract.json')).filter((p) => p.startsWith('2|'));
  assert.deepEqual(found, ['2|Name|Jane Doe', '2|Title|Director', '2|Name|Robert Miller']);
});

test('warnings split at sentences, specification rows, no instructions as values, no blank form fields (manual-1, form-1)', () => {
  assert.deepEqual(pairs(fixture('fields-manual-form.json')), [
    '3|WARNING|Risk of electric shock',
    '3|CAUTION|Hot surfaces',
    '3|NOTE|Use only accessories recommended by the',
    '5|Rated voltage|220-240 V AC, 50/60 Hz',
    '5|Power consumption|430 W',
    '5|Dimensions|320 x 210 x 150 mm',
    '5|Weight|6.8 kg',
    '5|Operating temperature|5 to 40 °C',
    '7|For office use only|Reference no. 44887',
  ]);
});

test('several pairs in one phrase, split at clause boundaries or before the next capitalised key', () => {
  assert.deepEqual(inlinePairs('Serves 8. Preparation time: 30 minutes. Baking time: 50 minutes.', true).pairs, [
    { key: 'Preparation time', value: '30 minutes' },
    { key: 'Baking time', value: '50 minutes' },
  ]);
  assert.deepEqual(inlinePairs('Pin 1: Gate / Anode; Pin 2: Drain / Cathode; Pin 3: Source. All dimensions in mm.', true).pairs, [
    { key: 'Pin 1', value: 'Gate / Anode' },
    { key: 'Pin 2', value: 'Drain / Cathode' },
    { key: 'Pin 3', value: 'Source' },
  ]);
  assert.deepEqual(inlinePairs('Invoice No.: 4711', true), { pairs: [{ key: 'Invoice No.', value: '4711' }], openKey: null });
  assert.deepEqual(inlinePairs('Invoice No.:', true), { pairs: [], openKey: 'Invoice No.' });
  assert.deepEqual(inlinePairs('Meeting at 10:30 in room 4', true).pairs, []);
});

test('prose with a colon is not a field', () => {
  const none = [
    'The parties have agreed on the following: delivery within 30 days.',
    'For example: application/msword:x-office-document',
    'Each line in the section takes the form: [ indent ] ">" start-offset',
    'Here is an example source file, named diff.xml: <?xml version="1.0"?>',
    'Step 2: Follow the on-screen instructions to complete the setup wizard and restart.',
  ];
  for (const text of none) assert.deepEqual(detectFields(pageOf(line(100, [text, 56]))), [], text);
});

test('a key cell and a value cell without a colon, but not a table row', () => {
  const fields = detectFields(pageOf(line(100, ['Loan amount', 56], ['$250,000.00', 206]), line(115, ['Notes', 56], ['see attached', 206])));
  assert.deepEqual(
    fields.map((f) => [f.key, f.value]),
    [['Loan amount', '$250,000.00']],
  );
  const table = pageOf(line(100, ['Revenue', 59], ['304', 327], ['230', 424]), line(116, ['Employees', 59], ['160', 327]), line(132, ['EBITDA', 59], ['713', 327], ['260', 424]));
  assert.deepEqual(detectFields(table), []);
});

test('a lone label with its value right below, only at the same left edge and close', () => {
  const below = detectFields(pageOf(line(100, ['Bill To:', 56]), line(113, ['Blue Harbor Logistics Ltd.', 56])));
  assert.deepEqual(below.map((f) => [f.key, f.value]), [['Bill To', 'Blue Harbor Logistics Ltd.']]);
  assert.deepEqual(detectFields(pageOf(line(100, ['Bill To:', 56]), line(160, ['Blue Harbor Logistics Ltd.', 56]))), []);
  assert.deepEqual(detectFields(pageOf(line(100, ['Remarks:', 56]), line(113, ['Due Date:', 56]))), []);
});

test('pairs of label and value cells on one line, several per line', () => {
  const fields = detectFields(pageOf(line(100, ['Invoice No.:', 56], ['4711', 120], ['Date:', 300], ['31.01.2026', 340])));
  assert.deepEqual(
    fields.map((f) => [f.key, f.value, f.normalized?.type ?? null]),
    [
      ['Invoice No.', '4711', 'number'],
      ['Date', '31.01.2026', 'date'],
    ],
  );
});

test('the field count is capped on long documents', () => {
  const lines = Array.from({ length: 500 }, (_, i) => line(10 + i, [`Key ${i}:`, 56], [`${i}`, 206]));
  assert.equal(detectFields(pageOf(...lines)).length, 300);
});

test('findField tries patterns in order and matches keys without parentheticals, percentages and dots', () => {
  const fields = detectFields(pageOf(line(100, ['Subtotal:', 56], ['$10.00', 206]), line(115, ['MwSt. 19%:', 56], ['€1.90', 206]), line(130, ['Total Due:', 56], ['$11.90', 206])));
  assert.equal(findField(fields, [/^mwst$/])?.value, '€1.90');
  assert.equal(findField(fields, [/^total due$/, /^subtotal$/])?.value, '$11.90');
  assert.equal(findField(fields, [/^grand total$/]), null);
});

test('fields on a line repeated on most pages (a running footer) are marked repeated; the page\'s own are not', () => {
  const pages: PageLayout[] = [1, 2, 3, 4].map((n) => {
    const lines = [line(700, [`Confidential: ACME Corp | Page ${n}`, 50])];
    if (n === 1) lines.unshift(line(60, ['Project: Falcon', 50]));
    return { number: n, width: 612, height: 792, lines, text: lines.map((l) => l.text).join('\n') };
  });
  const found = detectFields(pages);
  assert.deepEqual(
    found.map((f) => `${f.page}|${f.key}|${f.value}|${f.repeated ?? false}`),
    ['1|Project|Falcon|false', '1|Confidential|ACME Corp | Page 1|true', '2|Confidential|ACME Corp | Page 2|true', '3|Confidential|ACME Corp | Page 3|true', '4|Confidential|ACME Corp | Page 4|true'],
  );
  // Two pages are too few to tell a footer from a repeated field.
  assert.ok(detectFields(pages.slice(0, 2)).every((f) => !f.repeated));
});

test('a value like 05/12/2017 is normalised in the order the document is given (day first for a French one)', () => {
  const page = pageOf(line(100, ["Date d'échéance", 56], ['05/12/2017', 206]));
  assert.deepEqual(detectFields(page, 'dmy')[0].normalized, { type: 'date', value: '2017-12-05' });
  assert.deepEqual(detectFields(page)[0].normalized, { type: 'date', value: '2017-05-12' });
});
