// POST /api/auth/sign-in - a token for a session cookie. The sign-in page's form is redirected
// (to `next`, or back to the page with the error); a script gets JSON (200, or 401; 429 past ten
// attempts a minute from one address, before the body is read; a body over 16 KB: 413).
import { signIn, safeNext } from '@/lib/auth/sign-in';
import { SIGN_IN_ATTEMPTS, signInWait } from '@/lib/auth/sign-in-throttle';
import { sessionEpoch } from '@/lib/auth/session-epoch';
import { isHttps, readBody, wantsJson } from '@/lib/auth/request-kind';
import { config } from '@/lib/config';
import { AppError } from '@/lib/errors';
import { closeIfUnboundedBody } from '@/lib/http/body-limit';
import { json, route } from '@/lib/http/respond';
import { parseInput } from '@/lib/http/validation-message';
import { signInBodySchema, type SignInResponse } from '@/lib/schemas/auth';

export const dynamic = 'force-dynamic';

const redirect = (location: string, headers: Record<string, string> = {}) =>
  new Response(null, { status: 303, headers: { location, 'cache-control': 'no-store', ...headers } });

export const POST = route(async (request) => {
  // Counted before the body is read: a throttled client cannot make the server wait for one.
  // (So the form goes back to the page without its `next`.)
  const wait = signInWait(request);
  if (wait !== null) {
    const message = `Too many sign-in attempts from your address: at most ${SIGN_IN_ATTEMPTS} a minute. Try again in ${wait} s.`;
    const headers = { 'retry-after': String(wait), ...closeIfUnboundedBody(request) };
    if (wantsJson(request)) throw new AppError('rate_limited', message, headers);
    return redirect('/sign-in?error=too_many_attempts', headers);
  }
  const body = parseInput(signInBodySchema, await readBody(request));
  const next = safeNext(body.next);
  const outcome = signIn(body.token, config().authTokens, isHttps(request), Date.now(), sessionEpoch());
  const cookie: Record<string, string> = outcome.ok && outcome.setCookie ? { 'set-cookie': outcome.setCookie } : {};
  if (wantsJson(request)) {
    if (!outcome.ok) throw new AppError('unauthorized', 'That token is not valid.', { 'www-authenticate': 'Bearer realm="pdf-batch", error="invalid_token"' });
    return json<SignInResponse>({ signed_in: true, expires_at: outcome.expiresAt }, 200, cookie);
  }
  if (!outcome.ok) return redirect(`/sign-in?error=invalid_token&next=${encodeURIComponent(next)}`);
  return redirect(next, cookie);
});
