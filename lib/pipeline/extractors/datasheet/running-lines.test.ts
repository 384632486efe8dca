// Running headers and footers are no table's text: a footer under a list is no entry of it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Line, PageLayout } from '../../layout/types';
import { withoutRunningLines } from './running-lines';
import { readTables } from './tables';

/** A page from rows of [text, x0] cells at baseline y (width by 4.5 pt a character at 9 pt). */
function page(number: number, rows: [number, [string, number][]][]): PageLayout {
  const lines: Line[] = rows.map(([y, cells]) => {
    const segments = cells.map(([text, x]) => ({ text, x0: x, x1: x + text.length * 4.5, y, size: 9 }));
    return { text: cells.map((c) => c[0]).join(' '), segments, x0: segments[0].x0, x1: segments[segments.length - 1].x1, y, size: 9, block: 0 };
  });
  return { number, width: 612, height: 792, lines, text: lines.map((l) => l.text).join('\n'), rules: [] };
}

const footer = (n: number): [number, [string, number][]] => [770, [['2004 Aug 10', 50], [String(n), 300]]];

test('a line in the foot or top of pages that comes back on other pages, numbers aside, is a running line; one on a single page is not', () => {
  const pages = withoutRunningLines([
    page(1, [[40, [['NXP Semiconductors', 50]]], [300, [['Body text', 50]]], footer(1)]),
    page(2, [[40, [['NXP Semiconductors', 50]]], [300, [['More text', 50]]], [770, [['Only here', 50]]], footer(2)]),
  ]);
  assert.deepEqual(pages.map((p) => p.lines.map((l) => l.text)), [['Body text'], ['More text', 'Only here']]);
});

test('a page footer under a ratings list ("2004 Aug 10   8") is no entry of it', () => {
  const rows = readTables([
    page(1, [[300, [['Some text', 50]]], footer(7)]),
    page(2, [
      [734, [['Limiting values — Stress above one or more limiting', 50]]],
      [746, [['values may cause permanent damage to the device.', 50]]],
      footer(8),
    ]),
  ]);
  assert.deepEqual(rows, []);
});

test('a title naming its part, a table header repeated at the top, and a row by the foot are no running lines', () => {
  const header: [number, [string, number][]] = [30, [['ACME Semiconductor', 50], ['Rev. 2', 400]]];
  const pages = withoutRunningLines(
    ['LM7805', 'LM7812', 'LM7815'].map((part, i) =>
      page(i + 1, [
        header,
        [45, [[`Electrical Characteristics (${part})`, 50]]],
        [58, [['Parameter', 50], ['Min', 300], ['Typ', 340], ['Max', 380], ['Unit', 420]]],
        [400, [['Body', 50]]],
        [728, [['Output voltage', 50], ['4.8', 300], ['5.2', 380], ['V', 420]]],
        [740, [['Output resistance f = 1 kHz', 50], [String(15 + i), 340], ['mΩ', 420]]],
        [770, [['www.acme.example', 50], [String(i + 1), 300]]],
      ]),
    ),
  );
  for (const [i, p] of pages.entries()) {
    assert.deepEqual(
      p.lines.map((l) => l.text),
      [`Electrical Characteristics (${['LM7805', 'LM7812', 'LM7815'][i]})`, 'Parameter Min Typ Max Unit', 'Body', 'Output voltage 4.8 5.2 V', `Output resistance f = 1 kHz ${15 + i} mΩ`],
    );
  }
});
