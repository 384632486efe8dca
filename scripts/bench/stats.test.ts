import assert from 'node:assert/strict';
import { test } from 'node:test';
import { median, percentile, summarize } from './stats';

test('percentiles by nearest rank', () => {
  const sorted = Array.from({ length: 100 }, (_, i) => i + 1); // 1..100
  assert.equal(percentile(sorted, 50), 50);
  assert.equal(percentile(sorted, 95), 95);
  assert.equal(percentile(sorted, 99), 99);
  assert.equal(percentile(sorted, 100), 100);
  assert.equal(percentile(sorted, 0), 1);
  assert.equal(percentile([7], 99), 7);
  assert.equal(percentile([1, 2, 3], 50), 2);
  assert.ok(Number.isNaN(percentile([], 50)));
});

test('a summary sorts its samples and leaves them as they were', () => {
  const samples = [30, 10, 20, 40];
  assert.deepEqual(summarize(samples), { count: 4, mean: 25, p50: 20, p95: 40, p99: 40, max: 40 });
  assert.deepEqual(samples, [30, 10, 20, 40]);
  const empty = summarize([]);
  assert.equal(empty.count, 0);
  assert.ok(Number.isNaN(empty.p95));
});

test('median: the middle value, or the mean of the two middle ones', () => {
  assert.equal(median([1.45, 1.33, 1.34]), 1.34);
  assert.equal(median([2, 1]), 1.5);
  assert.ok(Number.isNaN(median([])));
});
