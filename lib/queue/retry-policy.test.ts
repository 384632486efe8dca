import assert from 'node:assert/strict';
import { test } from 'node:test';
import { backoffMs, shouldRetry } from './retry-policy';

test('timeouts and unexpected errors are retried until the attempts run out', () => {
  assert.ok(shouldRetry('timeout', 1, 3));
  assert.ok(shouldRetry('unexpected_error', 2, 3));
  assert.ok(!shouldRetry('timeout', 3, 3));
});

test("a document's own defects are never retried", () => {
  assert.ok(!shouldRetry('validation_error', 1, 3));
  assert.ok(!shouldRetry('processing_error', 1, 3));
});

test('backoff doubles from the base and is capped at ten minutes', () => {
  assert.deepEqual([1, 2, 3, 4].map((a) => backoffMs(a, 10_000)), [10_000, 20_000, 40_000, 80_000]);
  assert.equal(backoffMs(30, 10_000), 600_000);
  assert.equal(backoffMs(1, 0), 0);
});
