import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Line, PageLayout } from '../../layout/types';
import { partNumbers } from './part-numbers';

/** A page of [text, y, size] lines. */
function page(number: number, rows: [string, number, number][]): PageLayout {
  const lines: Line[] = rows.map(([text, y, size]) => ({ text, segments: [{ text, x0: 50, x1: 50 + text.length * size * 0.5, y, size }], x0: 50, x1: 50 + text.length * size * 0.5, y, size, block: 0 }));
  return { number, width: 612, height: 792, lines, text: lines.map((l) => l.text).join('\n') };
}
const bodyText = (number: number, extra: [string, number, number][] = []) =>
  page(number, [...Array.from({ length: 30 }, (_, i): [string, number, number] => [`body text line ${i} of the description`, 100 + i * 18, 9]), ...extra]);
const partsOf = (pages: PageLayout[]) => partNumbers(pages, [], pages.map((p) => p.text).join('\n'), new Set());

test('a cover page set all large still names its part: the title is large beside the body of the document', () => {
  const cover = page(1, [
    ['INTEGRATED CIRCUITS', 43, 14.5],
    ['DATA SHEET', 133, 41.6],
    ['74HC00; 74HCT00', 557, 28.3],
    ['Quad 2-input NAND gate', 587, 28.3],
    ['File under Integrated Circuits, IC06', 618, 14.2],
  ]);
  assert.deepEqual(partsOf([cover, bodyText(2), bodyText(3)]), ['74HC00', '74HCT00']);
});

test('DS1621 is a part; DS21227 (five digits) is a document number', () => {
  const first = page(1, [['DS1621 Digital Thermometer and Thermostat', 60, 18], ['DS21227C-page 1', 770, 8]]);
  assert.deepEqual(partsOf([first, bodyText(2)]), ['DS1621']);
});

test('values with units, ranges of them, memory sizes, revisions, standards and one-digit words are no parts', () => {
  const first = page(1, [
    ['MSA-2643 256K-Bit Serial EEPROM 1.8-5.5V', 60, 18],
    ['FN3094.4 VDE0884 UL file E64380 JESD22-A114 OUTPUT2', 90, 10],
  ]);
  assert.deepEqual(partsOf([first, bodyText(2)]), ['MSA-2643']);
});

test('a figure label that stands low on two pages is no running footer; a footer repeated page after page is', () => {
  const first = page(1, [['Agilent MSA-2643 Gain Block', 60, 20]]);
  const figures = [bodyText(2, [['Model=DIODEM2 Region= Diode_Model', 760, 8]]), bodyText(3, [['Area= Temp= DIODEM2', 760, 8]])];
  assert.deepEqual(partsOf([first, ...figures]), ['MSA-2643']);
  const footers = [2, 3, 4].map((n) => bodyText(n, [[`LM4041 Rev. B ${n}`, 770, 8]]));
  assert.deepEqual(partsOf([page(1, [['Precision reference', 60, 20]]), ...footers]), ['LM4041']);
});
