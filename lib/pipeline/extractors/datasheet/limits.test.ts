// Limit cells as datasheets print them, read by the rules of issue #21.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeUnit, place, readCell, readNumber, splitTail, splitUnit, stripNoteMarks, type Limits } from './limits';

const limits = (cells: [('min' | 'typ' | 'max' | 'value'), string][]): Limits => {
  const out: Limits = { min: null, typ: null, max: null };
  for (const [role, text] of cells) place(out, role, readCell(splitUnit(stripNoteMarks(text).text).value));
  return out;
};

test('numbers, signs, dashes and fractions as printed', () => {
  assert.deepEqual(readCell('−0.5'), { kind: 'number', value: -0.5 });
  // Two numbers in one cell are no number; a sign or digit groups set apart are.
  assert.equal(readNumber('7 10'), null);
  assert.equal(readNumber('- 0.5'), -0.5);
  assert.equal(readNumber('10 000'), 10000);
  assert.deepEqual(readCell('+125'), { kind: 'number', value: 125 });
  assert.deepEqual(readCell('-0.3V to (VDD + 0.3V)'), { kind: 'range', lo: -0.3, hi: null });
  assert.deepEqual(readCell('.8'), { kind: 'number', value: 0.8 });
  assert.deepEqual(readCell('1¼'), { kind: 'number', value: 1.25 });
  assert.deepEqual(readCell('±1/2'), { kind: 'pm', value: 0.5 });
  assert.deepEqual(readCell('–'), { kind: 'dash' });
  assert.deepEqual(readCell('1,000'), { kind: 'number', value: 1000 });
  assert.deepEqual(readCell('10,000'), { kind: 'number', value: 10000 });
  assert.deepEqual(readCell('1,6'), { kind: 'number', value: 1.6 });
  assert.deepEqual(readCell('0,125'), { kind: 'number', value: 0.125 });
  // One value per alternative condition ("VDD = +5 V/+3 V"): kept as printed, no number guessed.
  assert.deepEqual(readCell('2.4/2.1'), { kind: 'expr' });
  assert.deepEqual(readCell('0.6/3/6'), { kind: 'expr' });
  assert.equal(readCell('Internally limited'), null);
});

test('ranges and expressions: "-65 to +150", "0 ~ +125", "-0.3 to VCC + 0.3", "VDD + 0.3"', () => {
  assert.deepEqual(readCell('-65 to +150'), { kind: 'range', lo: -65, hi: 150 });
  assert.deepEqual(readCell('0 ~ +125'), { kind: 'range', lo: 0, hi: 125 });
  assert.deepEqual(readCell('-0.3 to VCC + 0.3'), { kind: 'range', lo: -0.3, hi: null });
  assert.deepEqual(readCell('VDD + 0.3'), { kind: 'expr' });
  assert.deepEqual(readCell('VCC − 2.75'), { kind: 'expr' }, 'a minus inside an expression is no range');
  assert.deepEqual(readCell('0.7 VCC'), null);
});

test('placed by column: ±x is -x..x under Min or Max, x under Typ; a range fills Min and Max; a lone rating is a maximum', () => {
  assert.deepEqual(limits([['max', '±1']]), { min: -1, typ: null, max: 1 });
  assert.deepEqual(limits([['typ', '±0.5'], ['max', '±2']]), { min: -2, typ: 0.5, max: 2 });
  assert.deepEqual(limits([['value', '-65 to +150']]), { min: -65, typ: null, max: 150 });
  assert.deepEqual(limits([['value', '±20']]), { min: -20, typ: null, max: 20 });
  assert.deepEqual(limits([['value', '40']]), { min: null, typ: null, max: 40 });
  assert.deepEqual(limits([['min', '1.20'], ['typ', '1.25'], ['max', '1.30']]), { min: 1.2, typ: 1.25, max: 1.3 });
});

test('units and note marks taken out of a cell; units written one way', () => {
  assert.deepEqual(splitUnit('7.0 V'), { value: '7.0', unit: 'V' });
  assert.deepEqual(splitUnit('−65°C to +150°C'), { value: '−65 to +150', unit: '°C' });
  assert.deepEqual(splitUnit('3550 Vrms'), { value: '3550', unit: 'Vrms' });
  assert.deepEqual(stripNoteMarks('0.4 (2)'), { text: '0.4', notes: ['Note 2'] });
  assert.deepEqual(stripNoteMarks('15*'), { text: '15', notes: ['*'] });
  assert.equal(normalizeUnit('μA'), 'µA');
  assert.equal(normalizeUnit('%/ V'), '%/V');
  assert.equal(normalizeUnit('KOhm'), 'KΩ');
  assert.equal(normalizeUnit('ºC'), '°C');
  assert.equal(normalizeUnit('oC'), '°C');
  assert.equal(normalizeUnit('oC/W'), '°C/W');
  assert.equal(normalizeUnit('mW/oC'), 'mW/°C');
  assert.equal(normalizeUnit('(V)'), 'V');
  assert.equal(normalizeUnit('V(min)'), 'V(min)');
  assert.equal(normalizeUnit('µ\u0391'), 'µA');
  assert.equal(normalizeUnit('-'), null);
});

test('powers of ten as printed: "10¹²", "10⁻⁷", "5 x 10¹⁰", with a unit after them', () => {
  assert.deepEqual(readCell('10¹²'), { kind: 'number', value: 1e12 });
  assert.deepEqual(readCell('10⁻⁷'), { kind: 'number', value: 1e-7 });
  assert.deepEqual(readCell('5 x 10¹⁰'), { kind: 'number', value: 5e10 });
  assert.deepEqual(splitUnit('10¹¹ Ω'), { value: '10¹¹', unit: 'Ω' });
  // Without a raised exponent, "1012" is just a number.
  assert.equal(readNumber('1012'), 1012);
});

test('a glyph mapped to no character where a unit allows one glyph only: Ω after a prefix, µ before a base unit', () => {
  assert.equal(normalizeUnit('M\u0002'), 'MΩ');
  assert.equal(normalizeUnit('k\u0003'), 'kΩ');
  assert.equal(normalizeUnit('\u0002A'), 'µA');
  // Anywhere else it is left as it is: nothing is guessed.
  assert.equal(normalizeUnit('\u0002'), '\u0002');
});

test('a multiple of a supply ("1.216 x VBAT", "0.3 × VDD") is an expression kept as printed; a number with a word is not', () => {
  assert.deepEqual(readCell('1.216 x VBAT'), { kind: 'expr' });
  assert.deepEqual(readCell('0.3 × VDD'), { kind: 'expr' });
  assert.equal(readCell('1.216 x'), null);
  assert.equal(readCell('100 cycles'), null);
});

test('a typographic fraction slash: "±1⁄2" is a half, "11⁄4" set for 1¼ a whole and a quarter, "15⁄16" fifteen sixteenths', () => {
  assert.deepEqual(readCell('±1⁄2'), { kind: 'pm', value: 0.5 });
  assert.deepEqual(readCell('±11⁄4'), { kind: 'pm', value: 1.25 });
  assert.equal(readNumber('15⁄16'), 15 / 16);
  assert.equal(readNumber('3⁄4'), 0.75);
});

test('a value with the words that say when it holds, and a count with its multiplier', () => {
  assert.deepEqual(splitTail('260 for 10 sec'), { value: '260', tail: 'for 10 sec' });
  assert.deepEqual(splitTail('-55 to +125'), { value: '-55 to +125', tail: null });
  // "50k", "100 k" write cycles: kept as printed, no number guessed.
  assert.deepEqual(readCell('50k'), { kind: 'expr' });
  assert.deepEqual(readCell('100 k'), { kind: 'expr' });
});

test('fractions set with the fraction slash: "±1⁄2", "±11⁄4" (1¼)', () => {
  assert.deepEqual(readCell('±1\u20442'), { kind: 'pm', value: 0.5 });
  assert.deepEqual(readCell('±3\u20444'), { kind: 'pm', value: 0.75 });
  assert.deepEqual(readCell('±11\u20444'), { kind: 'pm', value: 1.25 });
});

test('a power of ten set flat after "x 10": "5 x 1010", "1 x 10-7"; "2 x 100" is no power', () => {
  assert.deepEqual(readCell('5 x 1010'), { kind: 'number', value: 5e10 });
  assert.deepEqual(readCell('1 x 10-7'), { kind: 'number', value: 1e-7 });
  assert.equal(readNumber('2 x 100'), null);
});

test('a ratio ("1.8:1", "1.5 :1" VSWR) is a limit kept as printed, with no number read from it', () => {
  assert.deepEqual(readCell('1.8:1'), { kind: 'expr' });
  assert.deepEqual(readCell('1.5 :1'), { kind: 'expr' });
  assert.deepEqual(readCell('2 : 1'), { kind: 'expr' });
  assert.deepEqual(limits([['typ', '1.8:1']]), { min: null, typ: null, max: null });
});
