import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ApiError, networkError } from './api-error';
import { MAX_AUTO_RETRIES, retryDelay } from './retry-policy';

test('network errors and server errors are retried three times with a growing pause', () => {
  const failures = [networkError(), new ApiError('internal_error', 'x', 500), new ApiError('http_503', 'x', 503), new ApiError('rate_limited', 'x', 429)];
  for (const error of failures) {
    assert.deepEqual([1, 2, 3].map((n) => retryDelay(error, n)), [1000, 2000, 4000]);
    assert.equal(retryDelay(error, MAX_AUTO_RETRIES + 1), null);
  }
});

test('a refusal (4xx) and a cancellation are never retried', () => {
  assert.equal(retryDelay(new ApiError('payload_too_large', 'x', 413), 1), null);
  assert.equal(retryDelay(new ApiError('no_valid_files', 'x', 400), 1), null);
  assert.equal(retryDelay(new ApiError('aborted', 'Upload cancelled.'), 1), null);
  assert.equal(retryDelay(new Error('anything else'), 1), null);
});

test("the server's Retry-After sets the pause; a wait too long is left to the person", () => {
  assert.equal(retryDelay(new ApiError('rate_limited', 'x', 429, 20), 1), 20_000);
  assert.equal(retryDelay(new ApiError('unavailable', 'x', 503, 0), 2), 2000, 'never shorter than the backoff');
  assert.equal(retryDelay(new ApiError('unavailable', 'x', 503, 3600), 1), null);
});
