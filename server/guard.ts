// The access guard in front of everything the HTTP server answers: Next's pages and route
// handlers, and Socket.IO's handshake and transport (its 'request' and 'upgrade' listeners are
// wrapped, so one check covers both). It sets the security headers, tells Next how the request was
// let in (AUTH_STATE_HEADER) and the page's CSP nonce, or answers 401/403/303 itself.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { AUTH_STATE_HEADER } from '../lib/auth/auth-state';
import { decideAccess, isApiPath, pathOf, type Denial } from '../lib/security/access';
import { API_POLICY, COMMON_HEADERS, newNonce, pagePolicy } from '../lib/security/headers';

type Options = { tokens: readonly string[]; dev: boolean };
type RequestListener = (req: IncomingMessage, res: ServerResponse) => void;
type UpgradeListener = (req: IncomingMessage, socket: Duplex, head: Buffer) => void;

function denialBody(denial: Denial): string {
  return JSON.stringify({ error: { code: denial.code, message: denial.message } });
}

function authenticateHeader(denial: Denial): Record<string, string> {
  if (denial.status !== 401) return {};
  return { 'www-authenticate': denial.invalidToken ? 'Bearer realm="pdf-batch", error="invalid_token"' : 'Bearer realm="pdf-batch"' };
}

function guardRequest(req: IncomingMessage, res: ServerResponse, options: Options): boolean {
  const url = req.url ?? '/';
  const api = isApiPath(pathOf(url));
  for (const [name, value] of Object.entries(COMMON_HEADERS)) res.setHeader(name, value);
  if (api) {
    res.setHeader('content-security-policy', API_POLICY);
  } else {
    const policy = pagePolicy(newNonce(), options.dev);
    res.setHeader('content-security-policy', policy);
    req.headers['content-security-policy'] = policy; // Next takes the nonce for its scripts from here
  }

  const decision = decideAccess({ method: req.method ?? 'GET', url, headers: req.headers }, options.tokens, { dev: options.dev });
  if (decision.kind === 'allow') {
    req.headers[AUTH_STATE_HEADER] = decision.auth;
    return true;
  }
  if (decision.kind === 'sign-in') {
    res.writeHead(303, { location: decision.location, 'cache-control': 'no-store' }).end();
    return false;
  }
  const body = denialBody(decision.denial);
  res
    .writeHead(decision.denial.status, { 'content-type': 'application/json', 'cache-control': 'no-store', ...authenticateHeader(decision.denial) })
    .end(body);
  return false;
}

function guardUpgrade(req: IncomingMessage, socket: Duplex, options: Options): boolean {
  const decision = decideAccess({ method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers }, options.tokens, { dev: options.dev, upgrade: true });
  if (decision.kind === 'allow') {
    req.headers[AUTH_STATE_HEADER] = decision.auth;
    return true;
  }
  const denial: Denial = decision.kind === 'deny' ? decision.denial : { status: 401, code: 'unauthorized', message: 'Sign in first.' };
  const body = denialBody(denial);
  const extra = Object.entries(authenticateHeader(denial)).map(([k, v]) => `${k}: ${v}\r\n`).join('');
  const reason = { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden' }[denial.status];
  socket.end(`HTTP/1.1 ${denial.status} ${reason}\r\nconnection: close\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n${extra}\r\n${body}`);
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
