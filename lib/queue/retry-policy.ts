// Which failures are retried by themselves, and when: transient ones (a timeout, a crash of the
// machinery) with exponential backoff, up to MAX_ATTEMPTS runs; never a document's own defect.
import type { ErrorType } from '../schemas/batch';

const TRANSIENT: ReadonlySet<ErrorType> = new Set(['timeout', 'unexpected_error']);
const MAX_BACKOFF_MS = 10 * 60_000;

export function shouldRetry(errorType: ErrorType, attempts: number, maxAttempts: number): boolean {
  return TRANSIENT.has(errorType) && attempts < maxAttempts;
}

/** Delay before run number `attempts + 1`: base, 2 × base, 4 × base... capped at ten minutes. */
export function backoffMs(attempts: number, baseMs: number): number {
  return Math.min(MAX_BACKOFF_MS, baseMs * 2 ** Math.max(0, attempts - 1));
}
