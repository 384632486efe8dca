import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { test } from 'node:test';
import { retryDelayMs, retrySchedule } from './backoff';
import { signBody, verifySignature } from './sign';

test('the signature is sha256=<hex HMAC-SHA256 of the raw body>, as any HMAC library computes it', () => {
  const body = '{"event":"batch.finished","batch":{"batch_id":"b1"}}';
  const hex = createHmac('sha256', 'topsecret').update(body).digest('hex');
  assert.equal(signBody('topsecret', body), `sha256=${hex}`);
  // A known vector (RFC 4231 style): key "key", message "The quick brown fox jumps over the lazy dog".
  assert.equal(
    signBody('key', 'The quick brown fox jumps over the lazy dog'),
    'sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8',
  );
});

test('verification accepts the right signature only', () => {
  const body = Buffer.from('{"a":1}');
  const signature = signBody('s', body);
  assert.ok(verifySignature('s', body, signature));
  assert.ok(!verifySignature('other secret', body, signature));
  assert.ok(!verifySignature('s', Buffer.from('{"a":2}'), signature));
  assert.ok(!verifySignature('s', body, signature.slice(0, -1)));
  assert.ok(!verifySignature('s', body, undefined));
});

test('retries wait 1 s, 2 s, 4 s ... doubling, capped at 5 minutes', () => {
  assert.deepEqual(retrySchedule(5), [1000, 2000, 4000, 8000]);
  assert.deepEqual(retrySchedule(1), []);
  assert.equal(retryDelayMs(9), 256_000);
  assert.equal(retryDelayMs(10), 300_000);
  assert.equal(retryDelayMs(20), 300_000);
});
