import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RateLimiter } from './rate-limit';

test('allows `limit` uploads per window, then says when the next one is allowed', () => {
  const limiter = new RateLimiter(3, 60_000);
  for (let i = 0; i < 3; i++) assert.deepEqual(limiter.take('a', 0), { ok: true });
  assert.deepEqual(limiter.take('a', 0), { ok: false, retryAfterS: 20 });
  assert.deepEqual(limiter.take('b', 0), { ok: true }, 'each client has its own bucket');
  assert.deepEqual(limiter.take('a', 20_000), { ok: true }, 'one upload comes back every window/limit');
  assert.equal(limiter.take('a', 20_000).ok, false);
});

test('a refused request does not push the next allowed one further away', () => {
  const limiter = new RateLimiter(1, 10_000);
  assert.ok(limiter.take('a', 0).ok);
  for (let t = 0; t < 9_000; t += 1000) assert.equal(limiter.take('a', t).ok, false);
  assert.ok(limiter.take('a', 10_000).ok);
});

test('with chargeRefused, trying while refused costs a token too (at most a window of debt), so no token slips in between', () => {
  const limiter = new RateLimiter(10, 60_000, { chargeRefused: true });
  for (let i = 0; i < 10; i++) assert.ok(limiter.take('a', 0).ok);
  // 5.99 s later the bucket holds 0.998 of a token: refused, and that attempt costs one.
  assert.deepEqual(limiter.take('a', 5_990), { ok: false, retryAfterS: 7 });
  assert.equal(limiter.take('a', 6_100).ok, false, 'the token that refilled meanwhile went to the refused attempt');
  for (let t = 6_200; t < 7_000; t += 50) limiter.take('a', t);
  assert.deepEqual(limiter.take('a', 7_000), { ok: false, retryAfterS: 60 }, 'a client that keeps trying waits at most one window');
  assert.ok(limiter.take('a', 7_000 + 60_000).ok, 'and gets in once it waited as told');
});

test('a limit of 0 turns it off', () => {
  const limiter = new RateLimiter(0, 1000);
  for (let i = 0; i < 100; i++) assert.ok(limiter.take('a').ok);
});

test('peek says whether one is left without taking it', () => {
  const limiter = new RateLimiter(2, 60_000);
  assert.deepEqual(limiter.peek('a', 0), { ok: true });
  limiter.take('a', 0);
  limiter.take('a', 0);
  assert.deepEqual(limiter.peek('a', 0), { ok: false, retryAfterS: 30 });
  assert.deepEqual(limiter.peek('a', 0), { ok: false, retryAfterS: 30 }, 'peeking takes nothing');
  assert.deepEqual(limiter.peek('a', 30_000), { ok: true });
});
