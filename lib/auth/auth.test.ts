import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeSession, readCookie, SESSION_COOKIE, sessionCookie, SESSION_MAX_AGE_S, verifySession } from './session';
import { safeNext, signIn } from './sign-in';
import { matchesToken, parseTokenList, tokenProblem } from './tokens';

test('AUTH_TOKEN: a comma-separated list, trimmed, printable ASCII only', () => {
  assert.deepEqual(parseTokenList(' a1 , b2,,a1 '), ['a1', 'b2']);
  assert.deepEqual(parseTokenList(undefined), []);
  assert.equal(tokenProblem('abc-DEF_123.~+/='), null);
  assert.match(tokenProblem('with space') ?? '', /printable ASCII/);
  assert.match(tokenProblem('héllo') ?? '', /printable ASCII/);
});

test('a token matches one of the list, whatever its length', () => {
  const tokens = ['first-token-123', 'second-token-456'];
  assert.ok(matchesToken('second-token-456', tokens));
  assert.ok(!matchesToken('second-token-45', tokens));
  assert.ok(!matchesToken('', tokens));
  assert.ok(!matchesToken('first-token-123', []));
});

test('the session cookie holds an HMAC, not the token, and expires', () => {
  const now = Date.UTC(2026, 10, 25);
  const value = makeSession('the-token-123456', now);
  assert.ok(!value.includes('the-token'));
  assert.ok(verifySession(value, ['other', 'the-token-123456'], now + 1000));
  assert.ok(!verifySession(value, ['another-token'], now));
  assert.ok(!verifySession(value, ['the-token-123456'], now + SESSION_MAX_AGE_S * 1000 + 1));
  const [expires, mac] = value.split('.');
  assert.ok(!verifySession(`${Number(expires) + 100}.${mac}`, ['the-token-123456'], now), 'a longer expiry breaks the MAC');
  assert.ok(!verifySession('garbage', ['the-token-123456'], now));
  const cookie = sessionCookie(value, true);
  assert.match(cookie, /^pdf_batch_session=\d+\.[\w-]+; Path=\/; Max-Age=\d+; HttpOnly; SameSite=Lax; Secure$/);
  assert.doesNotMatch(sessionCookie(value, false), /Secure/);
  assert.equal(readCookie(`a=1; pdf_batch_session=${value}; b=2`, 'pdf_batch_session'), value);
});

test('signing in: a cookie for a right token, nothing for a wrong one; next stays on this site', () => {
  const ok = signIn('tok-1234567890', ['tok-1234567890'], false);
  assert.ok(ok.ok && ok.setCookie?.startsWith('pdf_batch_session='));
  assert.deepEqual(signIn('nope', ['tok-1234567890'], false), { ok: false });
  assert.deepEqual(signIn('anything', [], false), { ok: true, setCookie: null, expiresAt: null });
  assert.equal(safeNext('/batch/abc/documents/x?y=1'), '/batch/abc/documents/x?y=1');
  for (const bad of ['//evil.example', '/\\evil.example', 'https://evil.example', '', undefined, '/a\nb']) assert.equal(safeNext(bad), '/batch', String(bad));
});

test('a session belongs to its epoch: a new epoch (sign-out) ends every earlier cookie', () => {
  const now = Date.UTC(2026, 11, 4);
  const before = makeSession('the-token-123456', now, 'epoch-a');
  assert.ok(verifySession(before, ['the-token-123456'], now, 'epoch-a'));
  assert.ok(!verifySession(before, ['the-token-123456'], now, 'epoch-b'));
  assert.ok(!verifySession(before, ['the-token-123456'], now), 'nor in the first epoch');
  const outcome = signIn('tok-12345678901234', ['tok-12345678901234'], false, now, 'epoch-b');
  assert.ok(outcome.ok && outcome.setCookie);
  assert.ok(verifySession(readCookie(outcome.setCookie, SESSION_COOKIE)!, ['tok-12345678901234'], now, 'epoch-b'));
});
