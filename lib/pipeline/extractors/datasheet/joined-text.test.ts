import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tidyJoined } from './joined-text';

test('a line that ended with its own comma does not give a doubled one', () => {
  assert.equal(tidyJoined('VCC = 15 V, VID = 1 V,, TA = 25°C'), 'VCC = 15 V, VID = 1 V, TA = 25°C');
  assert.equal(tidyJoined('(IF = 0 mA, VO = Open, , VCC = 18 V)'), '(IF = 0 mA, VO = Open, VCC = 18 V)');
});

test('no separator is left at either end; what is left of nothing is null', () => {
  assert.equal(tidyJoined('VCC = 30V, IC = 150mA,'), 'VCC = 30V, IC = 150mA');
  assert.equal(tidyJoined(', TA = 25°C'), 'TA = 25°C');
  assert.equal(tidyJoined(' , '), null);
  assert.equal(tidyJoined(null), null);
});

test('commas inside numbers and single separators stay as printed', () => {
  assert.equal(tidyJoined('f = 1,000 Hz, RL = 2 kΩ'), 'f = 1,000 Hz, RL = 2 kΩ');
});
