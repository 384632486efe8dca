import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pageText, type TextRun } from './page-text';

const run = (str: string, x: number, y: number, width: number, hasEOL = false, size = 10): TextRun => ({
  str,
  transform: [size, 0, 0, size, x, y],
  width,
  height: size,
  hasEOL,
});

test('runs on one baseline join, with a space only where there is a gap', () => {
  const text = pageText([run('Drain-Source', 50, 700, 60), run('Voltage', 115, 700, 35), run('V', 155, 700, 5), run('DS', 160, 700, 10)]);
  assert.equal(text, 'Drain-Source Voltage VDS');
});

test('a change of baseline starts a new line; hasEOL ends one', () => {
  const text = pageText([run('Invoice No.: 4711', 50, 700, 80, true), run('Date:', 50, 686, 25), run('2024-01-31', 80, 686, 50)]);
  assert.equal(text, 'Invoice No.: 4711\nDate: 2024-01-31');
});

test('a superscript within a line stays on the line', () => {
  const text = pageText([run('x', 50, 700, 5), run('2', 55, 703, 3, false, 6), run('+ y', 62, 700, 15)]);
  assert.equal(text, 'x2 + y');
});

test('items that are not text runs (marked content) are skipped, and a page without text is empty', () => {
  assert.equal(pageText([{ type: 'beginMarkedContent' }, run('A', 0, 0, 5), { type: 'endMarkedContent' }]), 'A');
  assert.equal(pageText([]), '');
});
