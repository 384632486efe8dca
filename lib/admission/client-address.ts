// Which client a request comes from, for rate limiting. The custom server stamps each request
// with its socket's address in a header of its own (overwriting anything a client sent), since
// Next keeps an X-Forwarded-For a client made up. Behind a reverse proxy (TRUST_PROXY) the
// first X-Forwarded-For address is the client.
import type { IncomingMessage } from 'node:http';

export const PEER_HEADER = 'x-pdf-batch-peer';

/** Called by server/index.ts on every request before Next sees it. */
export function stampPeer(req: IncomingMessage): void {
  req.headers[PEER_HEADER] = req.socket.remoteAddress ?? 'unknown';
}

export function clientAddress(request: Request, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  return request.headers.get(PEER_HEADER) ?? 'unknown';
}
