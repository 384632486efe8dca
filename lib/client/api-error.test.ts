import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ApiError, apiErrorFrom, messageOf } from './api-error';

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
