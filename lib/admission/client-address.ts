// Which client a request comes from, for rate limiting. The custom server stamps each request
// with its socket's address in a header of its own (overwriting anything a client sent), since
// Next keeps an X-Forwarded-For a client made up. Behind N trusted reverse proxies (TRUST_PROXY=N)
// the client is the Nth X-Forwarded-For address from the right: each proxy appends the address it
// saw, so everything further left was written by the client and proves nothing.
import type { IncomingMessage } from 'node:http';

export const PEER_HEADER = 'x-pdf-batch-peer';

/** Called by server/index.ts on every request before Next sees it. */
export function stampPeer(req: IncomingMessage): void {
  req.headers[PEER_HEADER] = req.socket.remoteAddress ?? 'unknown';
}

/** The client among the socket's address (`peer`) and X-Forwarded-For, trusting `hops` proxies. */
export function resolveClient(peer: string, forwardedFor: string | null | undefined, hops: number): string {
  if (hops <= 0) return peer;
  const chain = (forwardedFor ?? '')
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  if (chain.length === 0) return peer;
  return chain[Math.max(0, chain.length - hops)];
}

export function clientAddress(request: Request, trustProxy: number): string {
  return resolveClient(request.headers.get(PEER_HEADER) ?? 'unknown', request.headers.get('x-forwarded-for'), trustProxy);
}
