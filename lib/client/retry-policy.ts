// When a failed upload is sent again on its own: the network failed or the server had a
// problem (5xx, 429), up to MAX_AUTO_RETRIES times with a growing pause. A refusal (other 4xx)
// is the answer: shown at once, never retried.
import { ApiError } from './api-error';

export const MAX_AUTO_RETRIES = 3;
const BASE_DELAY_MS = 1000;

export function isRetriable(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  if (error.code === 'aborted') return false;
  if (error.code === 'network_error' || error.status === 0) return true;
  return error.status >= 500 || error.status === 429;
}

/** The pause before automatic retry number `retry` (1-based), or null when it is time to stop. */
export function retryDelay(error: unknown, retry: number): number | null {
  if (!isRetriable(error) || retry > MAX_AUTO_RETRIES) return null;
  return BASE_DELAY_MS * 2 ** (retry - 1);
}
