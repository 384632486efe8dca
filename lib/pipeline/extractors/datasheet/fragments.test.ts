// The pieces of text a table is read from: numbers set close together split apart, note marks set
// as lines of their own put back on their names, glyphs the PDF maps to no character where only one fits.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Line, PageLayout } from '../../layout/types';
import { pageFragments, withDegreeGlyphs } from './fragments';

function page(segments: { text: string; x0: number; x1: number; y: number; size: number }[]): PageLayout {
  const lines: Line[] = segments.map((s) => ({ text: s.text, segments: [s], x0: s.x0, x1: s.x1, y: s.y, size: s.size, block: 0 }));
  return { number: 1, width: 612, height: 792, lines, text: lines.map((l) => l.text).join('\n') };
}

test('a small raised note mark on a line of its own goes back onto the end of the name before it; one after a value or far from a name stays', () => {
  const fragments = pageFragments(
    page([
      { text: 'Digital Supply Voltage', x0: 54, x1: 137, y: 166, size: 9 },
      { text: '1', x0: 105, x1: 107, y: 173, size: 5.5 },
      { text: 'Input Voltage', x0: 54, x1: 105, y: 178.1, size: 9 },
      { text: '±4 V', x0: 234, x1: 251, y: 178.1, size: 9 },
      { text: '2', x0: 251, x1: 253, y: 173, size: 5.5 },
      { text: '3', x0: 400, x1: 402, y: 173, size: 5.5 },
    ]),
  );
  assert.deepEqual(
    fragments.map((f) => f.text),
    ['Digital Supply Voltage', '2', '3', 'Input Voltage1', '±4 V'],
  );
});

test('numbers of several columns set as one segment are split into words', () => {
  const fragments = pageFragments(page([{ text: '- 0.01 0.04', x0: 400, x1: 455, y: 100, size: 9 }]));
  assert.deepEqual(
    fragments.map((f) => f.text),
    ['-', '0.01', '0.04'],
  );
});

test('an unmapped glyph before a temperature\'s "C" is the degree sign', () => {
  assert.equal(withDegreeGlyphs('–55\u0001C to +125\u0001C'), '–55°C to +125°C');
  assert.equal(withDegreeGlyphs('\u0001C'), '°C');
  assert.equal(withDegreeGlyphs('260 \u0001C'), '260 °C');
  // Before other letters, or inside a word, it is left alone.
  assert.equal(withDegreeGlyphs('A\u0001C'), 'A\u0001C');
  assert.equal(withDegreeGlyphs('5\u0001Ch'), '5\u0001Ch');
});

test('degree signs set as small raised "o"s over "-55 C to 125 C" make it "-55°C to 125°C"; a raised "o" count that does not match leaves the text alone', () => {
  const fragments = pageFragments(
    page([
      { text: 'o', x0: 244, x1: 248, y: 123.3, size: 7.2 },
      { text: 'o', x0: 278, x1: 282, y: 123.3, size: 7.2 },
      { text: 'Temperature Range . . . -55 C to 125 C', x0: 48, x1: 288, y: 129.3, size: 8 },
      { text: 'o', x0: 400, x1: 404, y: 143, size: 7.2 },
      { text: 'between 5 C and 10 C', x0: 330, x1: 450, y: 149, size: 8 },
    ]),
  );
  assert.deepEqual(
    fragments.map((f) => f.text),
    ['Temperature Range . . . -55°C to 125°C', 'o', 'between 5 C and 10 C'],
  );
});
