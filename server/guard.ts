// The access guard in front of everything the HTTP server answers: Next's pages and route
// handlers, and Socket.IO's handshake and transport (its 'request' and 'upgrade' listeners are
// wrapped, so one check covers both). It sets the security headers, tells Next how the request was
// let in (AUTH_STATE_HEADER) and the page's CSP nonce, or answers 401/403/303 itself. It also
// refuses, before a byte of the body is read (closing the connection when a large body is still to
// come): a client past its limit of failed token or cookie checks (429), a small-body request whose
// Content-Length is over 16 KB (413), and TRACE/TRACK/CONNECT (405). Once let in, an /api path no
// route handler has is a 404 and a method its route does not take a 405 with Allow, both JSON
// (lib/http/api-routes.ts). X-Forwarded-Host and -Proto are removed unless TRUST_PROXY.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { resolveClient } from '../lib/admission/client-address';
import { authFailureMessage, authFailureWait, countAuthFailure } from '../lib/auth/auth-failures';
import { AUTH_STATE_HEADER } from '../lib/auth/auth-state';
import { sessionEpoch } from '../lib/auth/session-epoch';
import { unrouted } from '../lib/http/api-routes';
import { declaredTooLarge, isUploadRequest, JSON_BODY_LIMIT } from '../lib/http/body-limit';
import { decideAccess, isApiPath, pathOf, presentsCredentials, type Denial } from '../lib/security/access';
import { API_POLICY, COMMON_HEADERS, newNonce, pagePolicy } from '../lib/security/headers';

type Options = { tokens: readonly string[]; dev: boolean; /** TRUST_PROXY: reverse proxies in front (0: none). */ trustProxy: number };
type RequestListener = (req: IncomingMessage, res: ServerResponse) => void;
type UpgradeListener = (req: IncomingMessage, socket: Duplex, head: Buffer) => void;

/** Methods nothing here answers; TRACE would echo the request (cookies included) back. */
const REFUSED_METHODS = new Set(['TRACE', 'TRACK', 'CONNECT']);

/** A refusal the guard answers itself, as JSON. */
type Refusal = { status: 400 | 401 | 403 | 404 | 405 | 413 | 429; code: string; message: string; headers?: Record<string, string> };

const REASON: Record<Refusal['status'], string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  413: 'Payload Too Large',
  429: 'Too Many Requests',
};

function authenticateHeader(denial: Denial): Record<string, string> {
  if (denial.status !== 401) return {};
  return { 'www-authenticate': denial.invalidToken ? 'Bearer realm="pdf-batch", error="invalid_token"' : 'Bearer realm="pdf-batch"' };
}

/**
 * Headers a client could forge unless a proxy we trust wrote them: removed without TRUST_PROXY, so
 * neither the origin check (X-Forwarded-Host), the cookie's Secure flag nor Next's idea of the
 * request's URL (X-Forwarded-Proto) can be steered by the client itself.
 */
function dropUntrustedForwarding(req: IncomingMessage, options: Options): void {
  if (options.trustProxy > 0) return;
  delete req.headers['x-forwarded-host'];
  delete req.headers['x-forwarded-proto'];
}

/** The session epoch cookies are checked against (only read with AUTH_TOKEN set). */
const epochOf = (options: Options) => (options.tokens.length > 0 ? sessionEpoch() : '');

const clientOf = (req: IncomingMessage, options: Options) => {
  const forwarded = req.headers['x-forwarded-for'];
  return resolveClient(req.socket.remoteAddress ?? 'unknown', Array.isArray(forwarded) ? forwarded.join(',') : forwarded, options.trustProxy);
};

/** What to refuse before access is decided: an unknown method, or a client guessing tokens. */
function refuseEarly(req: IncomingMessage, client: string, options: Options): Refusal | null {
  if (REFUSED_METHODS.has((req.method ?? '').toUpperCase())) {
    return { status: 405, code: 'method_not_allowed', message: `${req.method} is not answered here.`, headers: { allow: 'GET, HEAD, POST, PATCH, DELETE, OPTIONS' } };
  }
  if (options.tokens.length > 0 && presentsCredentials(req.headers)) {
    const wait = authFailureWait(client);
    if (wait !== null) return { status: 429, code: 'rate_limited', message: authFailureMessage(wait), headers: { 'retry-after': String(wait) } };
  }
  return null;
}

const fromDenial = (denial: Denial): Refusal => ({ status: denial.status, code: denial.code, message: denial.message, headers: authenticateHeader(denial) });

/** A body up to this size is read and dropped after a refusal, keeping the connection (see refuse). */
const DRAIN_LIMIT = 64 * 1024;

/** Whether the request may still be sending more than DRAIN_LIMIT (a large or an unannounced body). */
function largeBodyPending(req: IncomingMessage): boolean {
  if (req.headers['transfer-encoding'] !== undefined) return true;
  const length = Number(req.headers['content-length'] ?? 0);
  return !Number.isFinite(length) || length > DRAIN_LIMIT;
}

/**
 * Answers a refusal as JSON. With a large body still to come, the connection is closed instead of
 * the body being read to the end (what Node does to keep a connection alive: a 200 MB upload without
 * a token was read whole for its 401). A small one is read and dropped, so that a client still
 * sending it gets the answer rather than a reset connection.
 */
function refuse(req: IncomingMessage, res: ServerResponse, refusal: Refusal): void {
  const body = JSON.stringify({ error: { code: refusal.code, message: refusal.message } });
  const close = largeBodyPending(req);
  if (close) res.shouldKeepAlive = false;
  res.writeHead(refusal.status, { 'content-type': 'application/json', 'cache-control': 'no-store', ...(close ? { connection: 'close' } : {}), ...refusal.headers }).end(body);
}

function guardRequest(req: IncomingMessage, res: ServerResponse, options: Options): boolean {
  const url = req.url ?? '/';
  const path = pathOf(url);
  const api = isApiPath(path);
  for (const [name, value] of Object.entries(COMMON_HEADERS)) res.setHeader(name, value);
  if (api) {
    res.setHeader('content-security-policy', API_POLICY);
  } else {
    const policy = pagePolicy(newNonce(), options.dev);
    res.setHeader('content-security-policy', policy);
    req.headers['content-security-policy'] = policy; // Next takes the nonce for its scripts from here
  }
  dropUntrustedForwarding(req, options);
  const client = clientOf(req, options);
  const early = refuseEarly(req, client, options);
  if (early) {
    refuse(req, res, early);
    return false;
  }

  const decision = decideAccess({ method: req.method ?? 'GET', url, headers: req.headers }, options.tokens, { dev: options.dev, epoch: epochOf(options) });
  if (decision.kind === 'allow') {
    const unknown = unrouted(req.method ?? 'GET', path);
    if (unknown) {
      refuse(req, res, unknown);
      return false;
    }
    if (!isUploadRequest(req.method ?? 'GET', path) && declaredTooLarge(req.headers['content-length'], JSON_BODY_LIMIT)) {
      refuse(req, res, { status: 413, code: 'payload_too_large', message: `The request body is larger than ${JSON_BODY_LIMIT / 1024} KB, the most this endpoint takes.` });
      return false;
    }
    req.headers[AUTH_STATE_HEADER] = decision.auth;
    return true;
  }
  if (decision.kind === 'sign-in') {
    res.writeHead(303, { location: decision.location, 'cache-control': 'no-store' }).end();
    return false;
  }
  if (decision.denial.failedCheck) countAuthFailure(client);
  refuse(req, res, fromDenial(decision.denial));
  return false;
}

function guardUpgrade(req: IncomingMessage, socket: Duplex, options: Options): boolean {
  dropUntrustedForwarding(req, options);
  const client = clientOf(req, options);
  let refusal = refuseEarly(req, client, options);
  if (!refusal) {
    const decision = decideAccess({ method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers }, options.tokens, { dev: options.dev, upgrade: true, epoch: epochOf(options) });
    if (decision.kind === 'allow') {
      req.headers[AUTH_STATE_HEADER] = decision.auth;
      return true;
    }
    const denial: Denial = decision.kind === 'deny' ? decision.denial : { status: 401, code: 'unauthorized', message: 'Sign in first.' };
    if (denial.failedCheck) countAuthFailure(client);
    refusal = fromDenial(denial);
  }
  const body = JSON.stringify({ error: { code: refusal.code, message: refusal.message } });
  const extra = Object.entries(refusal.headers ?? {}).map(([k, v]) => `${k}: ${v}\r\n`).join('');
  socket.end(`HTTP/1.1 ${refusal.status} ${REASON[refusal.status]}\r\nconnection: close\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n${extra}\r\n${body}`);
  return false;
}

/**
 * Puts the guard in front of the server's current 'request' and 'upgrade' listeners. Call it once
 * Next and Socket.IO are attached and before listen(). (In development Next adds its hot-reload
 * upgrade listener later, unguarded; production has none.)
 */
export function guardServer(server: Server, options: Options): void {
  const onRequest = server.listeners('request') as RequestListener[];
  const onUpgrade = server.listeners('upgrade') as UpgradeListener[];
  server.removeAllListeners('request');
  server.removeAllListeners('upgrade');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (guardRequest(req, res, options)) for (const listener of onRequest) listener.call(server, req, res);
  });
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (!guardUpgrade(req, socket, options)) return;
    if (onUpgrade.length === 0) socket.destroy(); // what Node does when nobody listens
    for (const listener of onUpgrade) listener.call(server, req, socket, head);
  });
}
