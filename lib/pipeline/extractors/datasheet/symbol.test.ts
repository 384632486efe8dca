import assert from 'node:assert/strict';
import { test } from 'node:test';
import { symbolAndCondition, tidySymbol } from './symbol';

test('a quantity letter and its subscript, split by the text layer, are one symbol again', () => {
  assert.equal(tidySymbol('I GT'), 'IGT');
  assert.equal(tidySymbol('R th( j-c)'), 'Rth(j-c)');
  assert.equal(tidySymbol('T stg'), 'Tstg');
  assert.equal(tidySymbol('P G(AV)'), 'PG(AV)');
  assert.equal(tidySymbol('t HD:STA'), 'tHD:STA');
});

test('symbols already whole, and texts that are not one symbol, are left as printed', () => {
  assert.equal(tidySymbol('VCE(sat)'), 'VCE(sat)');
  assert.equal(tidySymbol('dI/dt'), 'dI/dt');
  assert.equal(tidySymbol('V CC to GND'), 'V CC to GND');
  assert.equal(tidySymbol('A B C'), 'A B C');
  assert.equal(tidySymbol(null), null);
});

test('a symbol with its condition after "@" in its cell: the two apart', () => {
  assert.deepEqual(symbolAndCondition('ID @ TC = 25°C'), { symbol: 'ID', condition: 'TC = 25°C' });
  assert.deepEqual(symbolAndCondition('PD @TC = 25°C'), { symbol: 'PD', condition: 'TC = 25°C' });
  assert.deepEqual(symbolAndCondition('VGS'), { symbol: 'VGS', condition: null });
  assert.deepEqual(symbolAndCondition(null), { symbol: null, condition: null });
});
