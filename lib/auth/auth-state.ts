// How a request was let in, as the custom server's guard (server/guard.ts) tells the pages and
// route handlers in a request header it always overwrites, so a client cannot claim it.
export const AUTH_STATE_HEADER = 'x-pdf-batch-auth';

/** `off`: no AUTH_TOKEN; `none`: not signed in (public routes only); `cookie` / `bearer`: signed in. */
export type AuthState = 'off' | 'none' | 'cookie' | 'bearer';

export function authStateOf(headers: { get(name: string): string | null }): AuthState {
  const value = headers.get(AUTH_STATE_HEADER);
  return value === 'off' || value === 'cookie' || value === 'bearer' ? value : 'none';
}
