// Guessing tokens anywhere: every failed bearer or session-cookie check (a 401 from the guard) is
// counted per client, and a client past AUTH_FAILURES_PER_MINUTE gets 429 with Retry-After for
// every request that carries credentials, the right ones included, until its count has come down:
// otherwise a 200 among the 429s would still tell a guess right. Per process, as the other limits.
import { RateLimiter } from '../admission/rate-limit';
import { processShared } from '../runtime/process-shared';

export const AUTH_FAILURES_PER_MINUTE = 10;

const limiter = () => processShared('auth-failures', () => new RateLimiter(AUTH_FAILURES_PER_MINUTE, 60_000));

/** Seconds `client` must wait before its credentials are looked at again, or null. */
export function authFailureWait(client: string, now = Date.now()): number | null {
  const decision = limiter().peek(client, now);
  return decision.ok ? null : decision.retryAfterS;
}

/** Counts one failed check of `client`'s token or cookie. */
export function countAuthFailure(client: string, now = Date.now()): void {
  limiter().take(client, now);
}

export const authFailureMessage = (wait: number) =>
  `Too many requests with a wrong token or session from your address (at most ${AUTH_FAILURES_PER_MINUTE} a minute). Try again in ${wait} s.`;
