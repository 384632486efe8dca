// When a failed upload is sent again on its own: the network failed or the server had a
// problem (5xx, 429), up to MAX_AUTO_RETRIES times with a growing pause, or after the server's
// Retry-After when it gave one (too long a wait is left to the person). A refusal (other 4xx)
// is the answer: shown at once, never retried.
import { ApiError } from './api-error';

export const MAX_AUTO_RETRIES = 3;
const BASE_DELAY_MS = 1000;
/** A Retry-After longer than this is not waited for on its own: the upload fails, with a retry button. */
export const MAX_WAIT_S = 120;

export function isRetriable(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  if (error.code === 'aborted') return false;
  if (error.code === 'network_error' || error.status === 0) return true;
  return error.status >= 500 || error.status === 429;
}

/** The pause before automatic retry number `retry` (1-based), or null when it is time to stop. */
export function retryDelay(error: unknown, retry: number): number | null {
  if (!isRetriable(error) || retry > MAX_AUTO_RETRIES) return null;
  const backoff = BASE_DELAY_MS * 2 ** (retry - 1);
  const asked = error instanceof ApiError ? error.retryAfterS : null;
  if (asked === null) return backoff;
  return asked > MAX_WAIT_S ? null : Math.max(backoff, asked * 1000);
}
