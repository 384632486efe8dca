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
