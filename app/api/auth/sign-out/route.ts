// POST /api/auth/sign-out - ends every session (a new session epoch: a copied cookie stops working
// too), removes the session cookie and closes the live-update sockets opened with session cookies
// (other tabs too, on every node); the page's form goes back to the sign-in page, a script gets
// JSON. (A token stays valid until it is taken out of AUTH_TOKEN.)
import { authStateOf } from '@/lib/auth/auth-state';
import { clearedSessionCookie, readCookie, SESSION_COOKIE } from '@/lib/auth/session';
import { endAllSessions } from '@/lib/auth/session-epoch';
import { isHttps, wantsJson } from '@/lib/auth/request-kind';
import { json, route } from '@/lib/http/respond';
import { ALL_SESSIONS, closeSessionSockets } from '@/lib/realtime/session-sockets';
import type { SignInResponse } from '@/lib/schemas/auth';

export const dynamic = 'force-dynamic';

export const POST = route(async (request) => {
  const session = readCookie(request.headers.get('cookie'), SESSION_COOKIE);
  // Without AUTH_TOKEN there are no sessions; otherwise only the signed-in may end them all (the
  // guard let this request in as public, so its cookie or token is checked here).
  const auth = authStateOf(request.headers);
  if (auth === 'cookie' || auth === 'bearer') {
    endAllSessions();
    closeSessionSockets(ALL_SESSIONS);
  } else if (session) closeSessionSockets(session);
  const cookie = { 'set-cookie': clearedSessionCookie(isHttps(request)) };
  if (wantsJson(request)) return json<SignInResponse>({ signed_in: false, expires_at: null }, 200, cookie);
  return new Response(null, { status: 303, headers: { location: '/sign-in?signed_out=1', 'cache-control': 'no-store', ...cookie } });
});
