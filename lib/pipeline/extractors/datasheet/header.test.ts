// Header cells named the way other manufacturers print them: note marks on the limit words, a lone
// value column under any of its usual names, a name column that also holds the test conditions, and
// columns of conditions under the quantity they give (Frequency, Temp).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isKeyRow, roleOfText } from './header';

test('limit words with a footnote mark after them: brackets, parentheses, superscripts, stars', () => {
  for (const [text, role] of [
    ['Typ. [1]', 'typ'],
    ['Typ.[1]', 'typ'],
    ['Max.(2)', 'max'],
    ['Max (2)', 'max'],
    ['Min¹', 'min'],
    ['Typ*', 'typ'],
    ['Typ.⁽¹⁾', 'typ'],
    ['MAX [3]', 'max'],
    ['Min. (Note 4)', 'min'],
  ] as const) {
    assert.equal(roleOfText(text), role, text);
  }
});

test('a single value column under its usual names', () => {
  for (const text of ['Absolute Maximum', 'Absolute Maximum Rating', 'Maximum Rating', 'Max. Ratings', 'Rating', 'Ratings', 'Value', 'Values', 'Limit', 'Limits', 'Absolute Max. [1]']) {
    assert.equal(roleOfText(text), 'value', text);
  }
  // ("Maximum" alone is the Max column of a Min/Typ/Max header.)
  assert.equal(roleOfText('Maximum'), 'max');
});

test('"Parameter and Test Condition": the name column, which holds the conditions too', () => {
  for (const text of ['Parameter and Test Condition', 'Parameters and Test Conditions', 'Parameter / Conditions', 'Characteristic & Test Conditions']) {
    assert.equal(roleOfText(text), 'parameter', text);
  }
  assert.equal(roleOfText('Test Conditions'), 'conditions');
});

test('columns of condition values named by their quantity are conditions; other unknown columns have no role', () => {
  for (const text of ['Frequency', 'Freq.', 'Temp', 'Temp.', 'Test Conditions', 'Conditions']) {
    assert.equal(roleOfText(text), 'conditions', text);
  }
  for (const text of ['σ', 'Std Dev', 'Test Level', 'Notes', 'Note', 'Pin']) {
    assert.equal(roleOfText(text), null, text);
  }
});

test('a unit after a limit or value word, in brackets or parentheses, changes no role', () => {
  for (const [text, role] of [
    ['Max [V]', 'max'],
    ['Typ (mV)', 'typ'],
    ['Value [mA]', 'value'],
    ['Rating (V)', 'value'],
  ] as const) {
    assert.equal(roleOfText(text), role, text);
  }
});

test('a key row with one limit column: names, the limit and units suffice', () => {
  const row = (...texts: string[]) => texts.map((text, k) => ({ text, x0: 40 + 80 * k, x1: 40 + 80 * k + 5 * text.length, y: 100, size: 9 }));
  assert.ok(isKeyRow(row('Parameter', 'Max', 'Unit')));
  assert.ok(isKeyRow(row('Characteristic', 'Typ', 'Units')));
  assert.ok(isKeyRow(row('Symbol', 'Parameter', 'Units', 'Absolute Maximum')));
  assert.ok(!isKeyRow(row('Maximum', 'Units')));
});

test('"Min. Value", "Typical Value", "Max Value": the limit the word names; "Unit(s)" the units', () => {
  for (const [text, role] of [
    ['Min. Value', 'min'],
    ['Typical Value', 'typ'],
    ['Max Value', 'max'],
    ['Maximum Values', 'max'],
    ['Unit(s)', 'unit'],
  ] as const) {
    assert.equal(roleOfText(text), role, text);
  }
});

test('a condition column headed by its quantity with a unit: "Frequency (GHz)", "Temp (°C)"', () => {
  for (const text of ['Frequency (GHz)', 'Freq. [MHz]', 'Temp (°C)']) assert.equal(roleOfText(text), 'conditions', text);
});
