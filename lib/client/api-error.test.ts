import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ApiError, apiErrorFrom, messageOf, parseRetryAfter } from './api-error';

test('the error body gives the code and message', () => {
  const e = apiErrorFrom(413, JSON.stringify({ error: { code: 'payload_too_large', message: 'Too big.' } }));
  assert.equal(e.code, 'payload_too_large');
  assert.equal(e.message, 'Too big.');
  assert.equal(e.status, 413);
});

test('a body that is not ours falls back to words for the status', () => {
  assert.match(apiErrorFrom(502, '<html>Bad gateway</html>').message, /not reachable/);
  assert.match(apiErrorFrom(418, '').message, /HTTP 418/);
});

test('messages for people, whatever was thrown', () => {
  assert.equal(messageOf(new ApiError('x', 'Nope.')), 'Nope.');
  assert.equal(messageOf({ some: 'object' }), 'Something went wrong. Try again.');
  assert.equal(messageOf(''), 'Something went wrong. Try again.');
});

test('Retry-After is read as seconds or as an HTTP date', () => {
  const e = apiErrorFrom(429, JSON.stringify({ error: { code: 'rate_limited', message: 'Too many uploads.' } }), '30');
  assert.equal(e.retryAfterS, 30);
  assert.equal(apiErrorFrom(503, '', null).retryAfterS, null);
  assert.equal(parseRetryAfter(new Date(10_000 + 60_000).toUTCString(), 10_000), 60);
  assert.equal(parseRetryAfter('soon'), null);
});
