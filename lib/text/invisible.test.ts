import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasInvisible, stripInvisible } from './invisible';

test('strips controls, bidi overrides and isolates, zero-width characters and the BOM; keeps the rest', () => {
  assert.equal(stripInvisible('invoice\u202Efdp.exe'), 'invoicefdp.exe');
  assert.equal(stripInvisible('a\u0000b\u001f\u007f\u0085c'), 'abc');
  assert.equal(stripInvisible('\uFEFFx\u200By\u200Dz\u2066w\u2069\u00AD\u2028\u2029'), 'xyzw');
  assert.equal(stripInvisible('Rechnung März 2024 データ.pdf'), 'Rechnung März 2024 データ.pdf');
  assert.ok(hasInvisible('a\u202Eb'));
  assert.ok(!hasInvisible('ab'));
  assert.ok(!hasInvisible('ab'), 'no state kept between calls');
});
