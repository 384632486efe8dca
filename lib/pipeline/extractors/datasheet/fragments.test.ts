// The text a table is read from: glyphs the PDF maps to no character, where only one glyph fits.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withDegreeGlyphs } from './fragments';

test('an unmapped glyph before a temperature\'s "C" is the degree sign', () => {
  assert.equal(withDegreeGlyphs('–55\u0001C to +125\u0001C'), '–55°C to +125°C');
  assert.equal(withDegreeGlyphs('\u0001C'), '°C');
  assert.equal(withDegreeGlyphs('260 \u0001C'), '260 °C');
  // Before other letters, or inside a word, it is left alone.
  assert.equal(withDegreeGlyphs('A\u0001C'), 'A\u0001C');
  assert.equal(withDegreeGlyphs('5\u0001Ch'), '5\u0001Ch');
});
