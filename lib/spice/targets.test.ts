import assert from 'node:assert/strict';
import { test } from 'node:test';
import { targetOf, withinTolerance } from './targets';

const L = (min: number | null, typ: number | null, max: number | null) => ({ min, typ, max });

test('a typical value holds within the quantity tolerance', () => {
  assert.ok(withinTolerance('VF', L(null, 0.7, null), 0.76));
  assert.ok(!withinTolerance('VF', L(null, 0.7, null), 0.78));
  assert.ok(withinTolerance('HFE', L(null, 200, null), 245));
  assert.ok(!withinTolerance('RDSON', L(null, 0.1, null), 0.116));
});

test('a max-only value must be met and not undercut by half; a min-only one likewise', () => {
  assert.ok(withinTolerance('VCE_SAT', L(null, null, 0.4), 0.3));
  assert.ok(!withinTolerance('VCE_SAT', L(null, null, 0.4), 0.41));
  assert.ok(!withinTolerance('VCE_SAT', L(null, null, 0.4), 0.19));
  assert.ok(withinTolerance('HFE', L(75, null, null), 120));
  assert.ok(!withinTolerance('HFE', L(75, null, null), 160));
  assert.ok(!withinTolerance('HFE', L(75, null, null), 70));
});

test('min and max together give their range, aimed at the geometric middle', () => {
  assert.deepEqual(targetOf('HFE', L(100, null, 400)), { lo: 100, hi: 400, centre: 200 });
  assert.ok(!withinTolerance('HFE', L(100, null, 300), 301));
});

test('a typical value never leaves the printed limits', () => {
  const t = targetOf('VBE_ON', L(0.58, 0.66, 0.7))!;
  assert.equal(t.hi, 0.7);
  assert.ok(Math.abs(t.lo - 0.594) < 1e-9);
});
