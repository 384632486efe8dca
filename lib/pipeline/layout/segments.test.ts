import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildRows } from './segments';
import type { Run } from './types';

const run = (text: string, x0: number, x1: number, y: number, size = 8): Run => ({ text, x0, x1, y, size });
const texts = (runs: Run[]) => buildRows(runs).map((r) => r.segments.map((s) => s.text));

test('words set as separate runs a narrow word space apart stay separate words', () => {
  // 0.7 pt apart at 8 pt: a producer that places each word itself (no space glyph between).
  assert.deepEqual(texts([run('Active', 135, 155.9, 529), run('Power', 156.6, 178.6, 529), run('Supply', 179.4, 203, 529)]), [['Active Power Supply']]);
  // Kerned pieces of one word touch: no space.
  assert.deepEqual(texts([run('Tempera', 100, 128, 300), run('ture', 128.2, 142, 300)]), [['Temperature']]);
});

test('a subscript joins its letter, also when it is set into the space a run leaves for it', () => {
  assert.deepEqual(texts([run('I', 263, 265.1, 487.5, 7.6), run('GT', 265.5, 271, 489, 3.8)]), [['IGT']]);
  assert.deepEqual(
    texts([run('V =12V; R =33', 247.4, 302, 476.4, 7.6), run('D', 252.9, 255.7, 477.9, 3.8), run('L', 285.9, 288, 477.9, 3.8)]),
    [['VD=12V; RL=33']],
  );
  assert.deepEqual(texts([run('V ', 141.1, 146.2, 355.5, 7.6), run('DRM ', 146.6, 155.7, 357.1, 3.8), run('=V', 156, 165.9, 355.5, 7.6), run('RRM', 166.4, 175.5, 357.1, 3.8)]), [['VDRM=VRRM']]);
});

test('text stacked at one x over a larger run stays on two lines; a superscript note mark stays apart', () => {
  const rows = texts([run('N° de facture', 40, 90, 100, 9), run('N° client', 40, 80, 112, 9), run('1 234,00 €', 300, 380, 106, 20)]);
  assert.equal(rows.length, 2);
  assert.ok(!rows.some((r) => r.join(' ').includes('facture') && r.join(' ').includes('client')));
  assert.deepEqual(texts([run('Input current', 100, 150, 200, 8), run('1', 151.5, 154, 197, 5)]), [['Input current 1']]);
});

test('text drawn twice from one place, the copies cut differently, is read once: the fuller copy', () => {
  assert.deepEqual(
    texts([run('Package thermal impedance', 51.8, 152.9, 234.4), run('Package thermal impedance,', 51.8, 155.1, 234.4), run('°', 519.1, 522.3, 234.4), run('°', 519.1, 522.3, 234.4), run('C/W', 522.3, 537.9, 234.4)]),
    [['Package thermal impedance,', '°C/W']],
  );
  assert.deepEqual(texts([run('Operating free air temperature range TA', 52, 200, 315), run('Operating free-air temperature range, TA', 52, 203, 315)]), [['Operating free-air temperature range, TA']]);
});

test('pieces of a text drawn again over a whole copy of it are read once; a copy with its decimal point wins over one without', () => {
  // A producer's second layer cut at other places: "VIC", "VICR(", "i )" over "VIC = VICR(min),"; "g" over "High-level".
  assert.deepEqual(
    texts([run('VIC', 201.2, 214.5, 149.6), run('VICR(', 223.6, 245.4, 149.6), run('i )', 252, 260.9, 151.5), run('VIC = VICR(min),', 201.2, 263.1, 149.6)]),
    [['VIC = VICR(min),']],
  );
  assert.deepEqual(texts([run('High-level', 117.5, 153, 357.9), run('g', 125, 129.5, 357.9)]), [['High-level']]);
  assert.deepEqual(texts([run('VO = 1 4 V', 201.2, 240.4, 213.7), run('VO = 1.4 V', 201.2, 240.4, 213.7)]), [['VO = 1.4 V']]);
  // A letter that the longer run does not have at that place is text of its own.
  assert.deepEqual(texts([run('Range 10 to 20', 100, 160, 300), run('x', 120, 124, 300)]).flat().join(' ').includes('x'), true);
});

test('a copy of a text with glyphs missing, drawn at its place, is read once: the full text', () => {
  assert.deepEqual(texts([run('Hi h l', 117.47, 138.36, 340.55), run('l', 151.25, 153.03, 340.55), run('High-level', 117.47, 153.03, 340.61)]), [['High-level']]);
  assert.deepEqual(texts([run('output voltage', 117.47, 167.47, 350.59), run('out ut voltage', 117.47, 167.47, 350.53)]), [['output voltage']]);
  // Different words at one place are not copies.
  assert.equal(texts([run('Input', 100, 120, 300), run('Inputs high', 100, 140, 312)]).length, 2);
});

test('an exponent raised over a "10" is written as one: "10¹²", "10⁻⁷", "5 x 10¹⁰"', () => {
  assert.deepEqual(texts([run('Isolation resistance', 45, 114, 507, 7.9), run('10', 394.6, 403.4, 509.2, 7.9), run('12', 403.4, 410.5, 506, 6.4)]), [['Isolation resistance', '10¹²']]);
  assert.deepEqual(texts([run('10 ', 379.1, 388.1, 325.6, 7.8), run('- 7', 388.1, 392.8, 323.1, 5)]), [['10⁻⁷']]);
  assert.deepEqual(texts([run('5 x 10', 312.2, 329.8, 359.7, 7.8), run('10', 329.8, 334.2, 357.1, 5)]), [['5 x 10¹⁰']]);
  // A note mark after another number stays a plain digit.
  assert.ok(!texts([run('0.4', 100, 110, 200, 8), run('2', 110.2, 113, 197, 5)])[0].join(' ').includes('²'));
});

test('an exponent raised into the line above its "10" goes back to its "10"', () => {
  const rows = texts([run('(VI-I = 500 VDC)', 256.9, 356.6, 354.7, 9), run('Input-Input Resistance', 53.5, 143.5, 360.2, 9), run('10', 456.1, 466.1, 360.2, 9), run('11', 466.1, 474.1, 356.6, 7.2)]);
  assert.deepEqual(rows, [['(VI-I = 500 VDC)'], ['Input-Input Resistance', '10¹¹']]);
});

test('a power\'s digit raised into the space a run leaves for it is written as one: "I²t", "A²S"', () => {
  assert.deepEqual(texts([run('I t value for fusing', 141.8, 207.5, 266.1, 7.6), run('2', 144.4, 146.5, 262.2, 3.8)]), [['I²t value for fusing']]);
  assert.deepEqual(texts([run('A S', 496.2, 509.2, 265.9, 7.6), run('2', 501.7, 503.8, 262.1, 3.8)]), [['A²S']]);
});

test('a degree drawn as a raised "o" sorted onto the line above goes back to its number', () => {
  const rows = texts([
    run('NS (SOP) Package . . . 64', 332, 544.5, 123.3, 8),
    run('Temperature Range . . . -55', 48, 244, 129.3, 8),
    run('o', 244, 248, 126.1, 7.2),
    run('C to 125', 248, 278.2, 129.3, 8),
    run('o', 278.2, 282.2, 126.1, 7.2),
    run('C', 282.2, 288, 129.3, 8),
  ]);
  assert.deepEqual(rows, [['NS (SOP) Package . . . 64'], ['Temperature Range . . . -55oC to 125oC']]);
});
