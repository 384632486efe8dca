// Sign-in and sign-out answer a browser's form with redirects and a script with JSON; these tell
// which one is asking, and whether it came over https (for the cookie's Secure flag).
import { readCappedText } from '../http/body-limit';

export function wantsJson(request: Request): boolean {
  const type = request.headers.get('content-type') ?? '';
  return type.includes('application/json') || !(request.headers.get('accept') ?? '').includes('text/html');
}

/**
 * https to the browser: the request itself, or the X-Forwarded-Proto of a TLS proxy in front (the
 * guard removes that header unless TRUST_PROXY says a proxy is there, so a client cannot claim it).
 */
export function isHttps(request: Request): boolean {
  const forwarded = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  return forwarded === 'https' || new URL(request.url).protocol === 'https:';
}

/** A form body (urlencoded or multipart) or a JSON one, as a plain object; at most JSON_BODY_LIMIT (413). */
export async function readBody(request: Request): Promise<unknown> {
  const type = request.headers.get('content-type') ?? '';
  const text = await readCappedText(request);
  if (type.includes('application/json')) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return null;
    }
  }
  const form = await new Response(text, { headers: { 'content-type': type } }).formData().catch(() => null);
  return form ? Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === 'string')) : null;
}
