// Sign-in and sign-out answer a browser's form with redirects and a script with JSON; these tell
// which one is asking, and whether it came over https (for the cookie's Secure flag).
export function wantsJson(request: Request): boolean {
  const type = request.headers.get('content-type') ?? '';
  return type.includes('application/json') || !(request.headers.get('accept') ?? '').includes('text/html');
}

/** https to the browser: the request itself, or the X-Forwarded-Proto of a TLS proxy in front. */
export function isHttps(request: Request): boolean {
  const forwarded = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  return forwarded === 'https' || new URL(request.url).protocol === 'https:';
}

/** A form body (urlencoded or multipart) or a JSON one, as a plain object. */
export async function readBody(request: Request): Promise<unknown> {
  if ((request.headers.get('content-type') ?? '').includes('application/json')) return request.json().catch(() => null);
  const form = await request.formData().catch(() => null);
  return form ? Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === 'string')) : null;
}
