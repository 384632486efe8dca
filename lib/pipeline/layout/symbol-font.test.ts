import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toRuns } from './runs';
import { fromSymbolFont } from './symbol-font';

test("the Symbol font's Private Use Area codes read as the characters it draws", () => {
  assert.equal(fromSymbolFont('\uF0B11'), '±1');
  assert.equal(fromSymbolFont('0 \uF0A3 TA \uF0A3 +70\uF0B0C'), '0 ≤ TA ≤ +70°C');
  assert.equal(fromSymbolFont('RL =5.1k\uF057'), 'RL =5.1kΩ');
  assert.equal(fromSymbolFont('\uF06DA'), 'μA');
  assert.equal(fromSymbolFont('R\uF071ja'), 'Rθja');
  // Symbol's own digits and punctuation, and other private characters left alone.
  assert.equal(fromSymbolFont('\uF031\uF02C\uF020\uE000'), '1, \uE000');
  assert.equal(fromSymbolFont('Plain text 25°C'), 'Plain text 25°C');
});

test('runs carry the Symbol characters read', () => {
  const item = { str: '\uF0B12', transform: [10, 0, 0, 10, 100, 700], width: 11, height: 10 };
  const { runs } = toRuns([item], [1, 0, 0, -1, 0, 792]);
  assert.equal(runs[0].text, '±2');
});
