// The datasheet extractor keeps what it can read: a page the table reader fails on costs that
// page's rows and says so, not every row of the document.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Line, PageLayout } from '../../layout/types';
import { extractDatasheet } from './extract-datasheet';
import { readTables } from './tables';

const fixture = (name: string): PageLayout[] => JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8'));

/** A page with a line whose words cannot be read (as a reader bug on one strange page would behave). */
function unreadable(number: number): PageLayout {
  const segment = { x0: 40, x1: 80, y: 100, size: 9 } as Line['segments'][number];
  Object.defineProperty(segment, 'text', {
    get() {
      throw new Error('no words');
    },
  });
  const line: Line = { text: 'Electrical Characteristics', segments: [segment], x0: 40, x1: 80, y: 100, size: 9, block: 0 };
  return { number, width: 612, height: 792, text: line.text, lines: [line] };
}

test('a page the table reader fails on loses its own rows only, with a warning naming it', () => {
  const pages = fixture('datasheet-3.json');
  const text = pages.map((p) => p.text).join('\n');
  const whole = extractDatasheet(pages, [], text, []);
  assert.ok(whole.electrical_characteristics.length > 5);

  const warnings: string[] = [];
  const broken = extractDatasheet([...pages, unreadable(pages.length + 1)], [], text, warnings);
  assert.deepEqual(broken.electrical_characteristics, whole.electrical_characteristics);
  assert.deepEqual(warnings, [`The characteristics tables of page ${pages.length + 1} could not be read (no words).`]);
  assert.throws(() => readTables([...pages, unreadable(pages.length + 1)]), 'the reader itself does fail on that page');
});

test('a document read whole adds no warning', () => {
  const pages = fixture('datasheet-5.json');
  const warnings: string[] = [];
  extractDatasheet(pages, [], pages.map((p) => p.text).join('\n'), warnings);
  assert.deepEqual(warnings, []);
});
