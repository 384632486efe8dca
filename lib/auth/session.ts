// The browser's session cookie: never the token itself, but its expiry and an HMAC-SHA256 of that
// expiry and the session epoch keyed with the token (`<expires>.<mac>`). Any server with the same
// AUTH_TOKEN and DATA_DIR accepts it, a restart keeps it, removing a token from AUTH_TOKEN ends the
// sessions made with it, and signing out (a new epoch: session-epoch.ts) ends them all.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SESSION_COOKIE = 'pdf_batch_session';
export const SESSION_MAX_AGE_S = 30 * 24 * 60 * 60;

const mac = (token: string, expires: number, epoch: string) =>
  createHmac('sha256', token).update(epoch ? `pdf-batch session ${epoch} ${expires}` : `pdf-batch session ${expires}`).digest();

/** A cookie value for a session started now with `token` (which the caller has checked) in `epoch`. */
export function makeSession(token: string, nowMs = Date.now(), epoch = ''): string {
  const expires = Math.floor(nowMs / 1000) + SESSION_MAX_AGE_S;
  return `${expires}.${mac(token, expires, epoch).toString('base64url')}`;
}

/** Whether a cookie value is a session made with one of `tokens` in `epoch` that has not expired. */
export function verifySession(value: string, tokens: readonly string[], nowMs = Date.now(), epoch = ''): boolean {
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(value);
  if (!match) return false;
  const expires = Number(match[1]);
  if (expires * 1000 <= nowMs || expires * 1000 > nowMs + SESSION_MAX_AGE_S * 1000 + 60_000) return false;
  const given = Buffer.from(match[2], 'base64url');
  let valid = false;
  for (const token of tokens) valid = timingSafeEqual(given, mac(token, expires, epoch)) || valid;
  return valid;
}

/** The Set-Cookie value that stores a session (Secure when the browser came over https). */
export function sessionCookie(value: string, secure: boolean): string {
  return `${SESSION_COOKIE}=${value}; Path=/; Max-Age=${SESSION_MAX_AGE_S}; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
}

/** The Set-Cookie value that removes the session. */
export function clearedSessionCookie(secure: boolean): string {
  return `${SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
}

/** One cookie's value from a Cookie header, or null. */
export function readCookie(header: string | undefined | null, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}
