// The security headers of every response. Pages get a Content-Security-Policy with a fresh nonce:
// the App Router hydrates through inline <script> tags, and Next puts the nonce it finds in the
// request's CSP header on each of them, so no other inline script runs. Styles keep
// 'unsafe-inline' (React renders style="" attributes, e.g. progress bars, which a nonce cannot
// cover). API answers (JSON, PDFs, ZIPs) are never pages: `default-src 'none'` and `sandbox`.
import { randomBytes } from 'node:crypto';

export type PageOrApi = 'page' | 'api';

export const newNonce = () => randomBytes(16).toString('base64');

export function pagePolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export const API_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

/** Every header but the CSP, the same on every response. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  // `same-origin`, not `no-referrer`: with no-referrer, browsers send `Origin: null` on a form
  // POST to the same site, which the origin check (access.ts) must refuse. Nothing leaves the site.
  'referrer-policy': 'same-origin',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};
