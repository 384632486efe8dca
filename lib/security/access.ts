// Who may do what, decided once per request before Next or Socket.IO see it (server/guard.ts):
// the token (Authorization: Bearer) or the session cookie when AUTH_TOKEN is set, and the origin
// check against cross-site requests (state-changing ones, and the live-update socket) always.
import type { IncomingHttpHeaders } from 'node:http';
import type { AuthState } from '../auth/auth-state';
import { readCookie, SESSION_COOKIE, verifySession } from '../auth/session';
import { matchesToken } from '../auth/tokens';
import { requestSource } from './same-origin';

export type AccessRequest = { method: string; url: string; headers: IncomingHttpHeaders };

export type Denial = {
  status: 400 | 401 | 403;
  code: 'unauthorized' | 'cross_origin' | 'bad_path' | 'host_not_allowed';
  message: string;
  invalidToken?: boolean;
  /** A token or session cookie was presented and failed its check: counted against the client (lib/auth/auth-failures.ts). */
  failedCheck?: boolean;
};

export type AccessDecision =
  | { kind: 'allow'; auth: AuthState }
  | { kind: 'deny'; denial: Denial }
  /** A page asked for without signing in: to the sign-in page, then back. */
  | { kind: 'sign-in'; location: string };

export const SIGN_IN_PATH = '/sign-in';
/** Reachable without signing in when AUTH_TOKEN is set (health answers its status alone). */
const PUBLIC_PATHS = new Set([SIGN_IN_PATH, '/api/auth/sign-in', '/api/auth/sign-out', '/api/health', '/icon.svg', '/favicon.ico']);
const PUBLIC_PREFIXES = ['/_next/static/'];
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export const pathOf = (url: string) => {
  const q = url.indexOf('?');
  return q === -1 ? url : url.slice(0, q);
};

/** API, socket and metrics paths answer 401/403 as JSON (scrapers too); everything else is a page. */
export const isApiPath = (path: string) => path.startsWith('/api/') || path === '/api' || path.startsWith('/socket.io/') || path === '/metrics';

const isPublic = (path: string, dev: boolean) =>
  PUBLIC_PATHS.has(path) || PUBLIC_PREFIXES.some((p) => path.startsWith(p)) || (dev && (path.startsWith('/_next/') || path.startsWith('/__nextjs')));

/** Whether a request carries a token or a session cookie (to be checked, or refused unchecked). */
export function presentsCredentials(headers: IncomingHttpHeaders): boolean {
  return first(headers.authorization) !== undefined || readCookie(first(headers.cookie), SESSION_COOKIE) !== null;
}

type Credentials = { kind: 'none' } | { kind: 'bearer'; valid: boolean } | { kind: 'cookie'; valid: boolean };

function credentials(headers: IncomingHttpHeaders, tokens: readonly string[], now: number): Credentials {
  const authorization = first(headers.authorization);
  if (authorization !== undefined) {
    const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization);
    return { kind: 'bearer', valid: !!match && matchesToken(match[1], tokens) };
  }
  const session = readCookie(first(headers.cookie), SESSION_COOKIE);
  if (session) return { kind: 'cookie', valid: verifySession(session, tokens, now) };
  return { kind: 'none' };
}

/**
 * A path whose meaning changes once resolved (`/_next/static/../../api/batches`, `%2e%2e`, encoded
 * slashes or backslashes) is refused outright: the decision below reads the raw path, and Next
 * would serve the resolved one.
 */
function isAmbiguousPath(path: string): boolean {
  if (!path.startsWith('/') || path.includes('\\') || /%2e|%2f|%5c/i.test(path)) return true;
  try {
    return new URL(path, 'http://localhost').pathname !== path;
  } catch {
    return true;
  }
}

/**
 * Without AUTH_TOKEN the server trusts whoever reaches it, so it must be reached by address, not
 * by a name some other site controls (DNS rebinding: evil.example made to resolve to 127.0.0.1
 * would be "same origin" to its own pages). An IP address or localhost is accepted as Host.
 */
function isAddressHost(host: string | undefined): boolean {
  if (host === undefined) return true;
  let hostname: string;
  try {
    hostname = new URL(`http://${host}`).hostname.toLowerCase();
  } catch {
    return false;
  }
  return hostname === 'localhost' || hostname.endsWith('.localhost') || /^\d{1,3}(\.\d{1,3}){3}$/.test(hostname) || /^\[[0-9a-f:.]+\]$/.test(hostname);
}

export function decideAccess(req: AccessRequest, tokens: readonly string[], options: { dev?: boolean; upgrade?: boolean; now?: number } = {}): AccessDecision {
  const path = pathOf(req.url);
  const authOn = tokens.length > 0;
  if (isAmbiguousPath(path)) {
    return { kind: 'deny', denial: { status: 400, code: 'bad_path', message: 'The path has "..", "." or encoded separators in it; ask for the path itself.' } };
  }
  if (!authOn && !isAddressHost(first(req.headers.host))) {
    return {
      kind: 'deny',
      denial: {
        status: 403,
        code: 'host_not_allowed',
        message: `Without AUTH_TOKEN this server answers only to its IP address or localhost, not to the name "${first(req.headers.host)}". Set AUTH_TOKEN to serve it under a host name.`,
      },
    };
  }
  const creds: Credentials = authOn ? credentials(req.headers, tokens, options.now ?? Date.now()) : { kind: 'none' };
  if (creds.kind === 'bearer' && !creds.valid) {
    return { kind: 'deny', denial: { status: 401, code: 'unauthorized', message: 'The token is not valid.', invalidToken: true, failedCheck: true } };
  }
  const byBearer = creds.kind === 'bearer';
  const byCookie = creds.kind === 'cookie' && creds.valid;

  // Cross-site requests: a page elsewhere must not change anything here (with or without a
  // cookie, the browser of someone on this machine can reach 127.0.0.1), nor listen to updates.
  const guarded = !SAFE_METHODS.has(req.method.toUpperCase()) || options.upgrade || path.startsWith('/socket.io/');
  if (guarded && !byBearer) {
    const source = requestSource({
      origin: first(req.headers.origin),
      referer: first(req.headers.referer),
      host: first(req.headers.host),
      forwardedHost: first(req.headers['x-forwarded-host']),
    });
    if (source.kind === 'foreign') {
      return { kind: 'deny', denial: { status: 403, code: 'cross_origin', message: `Requests from ${source.origin} are not accepted: only pages of this server may send them.` } };
    }
    if (source.kind === 'none' && byCookie && !SAFE_METHODS.has(req.method.toUpperCase())) {
      return { kind: 'deny', denial: { status: 403, code: 'cross_origin', message: 'A request signed in by cookie must say where it comes from (Origin header). Scripts can send "Authorization: Bearer <token>" instead.' } };
    }
  }

  if (!authOn) return { kind: 'allow', auth: 'off' };
  if (byBearer) return { kind: 'allow', auth: 'bearer' };
  if (byCookie) return { kind: 'allow', auth: 'cookie' };
  if (isPublic(path, options.dev ?? false)) return { kind: 'allow', auth: 'none' };
  if (!isApiPath(path) && !options.upgrade && (req.method === 'GET' || req.method === 'HEAD')) {
    return { kind: 'sign-in', location: `${SIGN_IN_PATH}?next=${encodeURIComponent(req.url)}` };
  }
  const expired = creds.kind === 'cookie';
  return {
    kind: 'deny',
    denial: {
      status: 401,
      code: 'unauthorized',
      failedCheck: expired,
      message: expired
        ? 'Your session has expired or is no longer valid: sign in again at /sign-in.'
        : 'This server needs a token: send "Authorization: Bearer <token>", or sign in at /sign-in.',
    },
  };
}
