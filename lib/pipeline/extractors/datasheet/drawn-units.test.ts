import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withDrawnGlyph, type UnitCell } from './drawn-units';

const cell = (text: string, fragments: [number, number][]): UnitCell => ({ text, x0: 480, x1: 530, y: 624, size: 8.5, fragments: fragments.map(([x0, x1]) => ({ x0, x1 })) });
const mark = (x0: number, x1: number) => ({ x0, y0: 618.3, x1, y1: 624.5 });

test('a unit glyph drawn as a path completes the unit by the row it stands in', () => {
  // "°C" outlined just left of "/W" in a thermal resistance row.
  assert.equal(withDrawnGlyph('/W', cell('/W', [[504, 514.9]]), [mark(496.5, 502.8)], { name: 'Junction to case(AC)', symbol: 'Rth(j-c)' }), '°C/W');
  // An empty unit cell with a drawn shape, in a temperature row.
  assert.equal(withDrawnGlyph(null, cell('', []), [mark(500, 507)], { name: 'Storage temperature range', symbol: 'Tstg' }), '°C');
  // "µ" outlined between "A/" and "s"; before "A"; "Ω" after "m" in a resistance row.
  assert.equal(withDrawnGlyph('A/s', cell('A/s', [[493, 500.9], [505.5, 509]]), [mark(501, 505.3)], { name: 'Critical rate of rise', symbol: 'dI/dt' }), 'A/µs');
  assert.equal(withDrawnGlyph('A', cell('A', [[506, 512]]), [mark(500, 505.5)], { name: 'Leakage current', symbol: 'IDRM' }), 'µA');
  assert.equal(withDrawnGlyph('m', cell('m', [[500, 507]]), [mark(507.5, 514)], { name: 'Dynamic resistance', symbol: 'Rd' }), 'mΩ');
});

test('without a drawn shape in its cell, or where the row says nothing of its kind, a unit stays as printed', () => {
  assert.equal(withDrawnGlyph('/W', cell('/W', [[504, 514.9]]), [], { name: 'Junction to case', symbol: 'Rth' }), '/W');
  // A shape elsewhere on the line (another column) is not the unit's.
  assert.equal(withDrawnGlyph(null, cell('', []), [{ x0: 300, y0: 618, x1: 306, y1: 624 }], { name: 'Storage temperature', symbol: 'Tstg' }), null);
  // An empty cell in a row that is no temperature: nothing invented.
  assert.equal(withDrawnGlyph(null, cell('', []), [mark(500, 507)], { name: 'Gate trigger current', symbol: 'IGT' }), null);
  // A shape under the unit's own text (an underline, a logo) is no missing glyph.
  assert.equal(withDrawnGlyph('V', cell('V', [[500, 506]]), [mark(500, 506)], { name: 'Supply voltage', symbol: 'VCC' }), 'V');
});
