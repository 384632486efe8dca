// Guessing tokens at the sign-in form: a client may try 10 times a minute (per process), after
// which it is told to wait; trying again while told to wait makes the wait longer (up to a minute). Bearer requests need no such limit to be slow: each wrong token is
// one refused request, and the upload rate limit covers the expensive endpoints.
import { clientAddress } from '../admission/client-address';
import { RateLimiter } from '../admission/rate-limit';
import { config } from '../config';
import { processShared } from '../runtime/process-shared';

export const SIGN_IN_ATTEMPTS = 10;
const WINDOW_MS = 60_000;

const limiter = () => processShared('sign-in-throttle', () => new RateLimiter(SIGN_IN_ATTEMPTS, WINDOW_MS, { chargeRefused: true }));

/** Counts an attempt; null when it may go on, else the seconds to wait. */
export function signInWait(request: Request): number | null {
  const decision = limiter().take(clientAddress(request, config().trustProxy));
  return decision.ok ? null : decision.retryAfterS;
}
