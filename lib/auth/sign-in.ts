// Signing in with a token: checked against AUTH_TOKEN, answered with the session cookie and
// where to go next (a path of this site only, so the sign-in page cannot send anyone elsewhere).
import { makeSession, sessionCookie, SESSION_MAX_AGE_S } from './session';
import { matchesToken } from './tokens';

export const DEFAULT_AFTER_SIGN_IN = '/batch';

/** `next` when it is a path of this site (not `//host`, not `/\host`), else /batch. */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\') || /[\u0000-\u001f]/.test(next)) return DEFAULT_AFTER_SIGN_IN;
  return next;
}

export type SignInOutcome = { ok: true; setCookie: string | null; expiresAt: string | null } | { ok: false };

export function signIn(token: string, tokens: readonly string[], secure: boolean, nowMs = Date.now(), epoch = ''): SignInOutcome {
  if (tokens.length === 0) return { ok: true, setCookie: null, expiresAt: null }; // nothing to sign in to
  if (!matchesToken(token.trim(), tokens)) return { ok: false };
  return { ok: true, setCookie: sessionCookie(makeSession(token.trim(), nowMs, epoch), secure), expiresAt: new Date(nowMs + SESSION_MAX_AGE_S * 1000).toISOString() };
}
