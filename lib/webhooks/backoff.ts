// When a failed webhook delivery is tried again: 1 s, 2 s, 4 s ... doubling, at most 5 minutes.
export const FIRST_RETRY_MS = 1000;
export const MAX_RETRY_MS = 5 * 60_000;

/** The wait after failed attempt `attempt` (1-based) before the next one. */
export function retryDelayMs(attempt: number): number {
  return Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** (attempt - 1));
}

/** Every wait of a delivery that fails `maxAttempts` times (one fewer than the attempts). */
export function retrySchedule(maxAttempts: number): number[] {
  return Array.from({ length: Math.max(0, maxAttempts - 1) }, (_, i) => retryDelayMs(i + 1));
}
