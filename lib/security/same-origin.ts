// Whether a request comes from a page of this server: its Origin (or, without one, its Referer)
// names the host the request was sent to (Host, or X-Forwarded-Host behind a proxy). Ports are
// compared with the scheme's default filled in; the scheme itself is not, as a TLS proxy changes it.
export type RequestSource = { kind: 'none' } | { kind: 'same' } | { kind: 'foreign'; origin: string };

const DEFAULT_PORT: Record<string, string> = { 'http:': '80', 'https:': '443', 'ws:': '80', 'wss:': '443' };

function hostKey(host: string, protocol: string): string | null {
  try {
    const url = new URL(`${protocol}//${host}`);
    return `${url.hostname.toLowerCase()}:${url.port || DEFAULT_PORT[protocol] || ''}`;
  } catch {
    return null;
  }
}

type Headers = { origin?: string; referer?: string; host?: string; forwardedHost?: string };

/** Where a request says it comes from, compared with where it was sent. */
export function requestSource(h: Headers): RequestSource {
  const claimed = h.origin ?? (h.referer ? refererOrigin(h.referer) : undefined);
  if (claimed === undefined) return { kind: 'none' };
  let url: URL;
  try {
    url = new URL(claimed);
  } catch {
    return { kind: 'foreign', origin: claimed }; // "null" (sandboxed pages, privacy redirects) or garbage
  }
  const from = hostKey(url.host, url.protocol);
  const targets = [h.host, ...(h.forwardedHost ?? '').split(',')].map((t) => t?.trim()).filter((t): t is string => !!t);
  const same = from !== null && targets.some((t) => hostKey(t, url.protocol) === from);
  return same ? { kind: 'same' } : { kind: 'foreign', origin: claimed };
}

function refererOrigin(referer: string): string {
  try {
    return new URL(referer).origin;
  } catch {
    return 'null';
  }
}
