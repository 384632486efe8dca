// A batch's `start_at`: an ISO 8601 date-time with its offset (Z or +01:00), in the future, within a
// year. Without an offset the time would mean the server's zone, which the sender cannot know.
import { AppError } from '../errors';

/** A start a little in the past still counts as now: the clocks of the sender and the server differ. */
export const CLOCK_SKEW_MS = 60_000;
export const MAX_AHEAD_MS = 366 * 86_400_000;

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;

export function parseStartAt(value: string, now: Date): Date {
  const at = new Date(value);
  if (!ISO_WITH_OFFSET.test(value) || Number.isNaN(at.getTime())) {
    throw new AppError('invalid_schedule', `start_at "${value}" is not a date-time: use ISO 8601 with its offset, e.g. 2026-12-05T08:00:00Z or 2026-12-05T09:00:00+01:00.`);
  }
  if (at.getTime() < now.getTime() - CLOCK_SKEW_MS) {
    throw new AppError('invalid_schedule', `start_at ${at.toISOString()} is in the past (the server's time is ${now.toISOString()}). Leave it out to start at once.`);
  }
  if (at.getTime() > now.getTime() + MAX_AHEAD_MS) {
    throw new AppError('invalid_schedule', `start_at ${at.toISOString()} is more than a year ahead.`);
  }
  return at;
}
