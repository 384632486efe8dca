// Whether a batch waits for its start time or its release, for the badge, the list and the tracker.
import type { BatchSummary } from '@/lib/schemas/batch';

export type ScheduleState = { kind: 'held' } | { kind: 'scheduled'; startAt: string } | null;

const ENDED = new Set(['completed', 'completed_with_errors', 'failed', 'cancelled']);

/** `now`: the reader's clock (ms); a start time that has passed no longer holds the batch. */
export function scheduleOf(batch: Pick<BatchSummary, 'status' | 'held' | 'start_at'>, now: number): ScheduleState {
  if (ENDED.has(batch.status)) return null;
  if (batch.held) return { kind: 'held' };
  if (batch.start_at && Date.parse(batch.start_at) > now) return { kind: 'scheduled', startAt: batch.start_at };
  return null;
}

/** A `datetime-local` input's value (the reader's local time) as ISO 8601 in UTC; null when empty or not a time. */
export function localInputToIso(value: string): string | null {
  if (!value) return null;
  const at = new Date(value);
  return Number.isNaN(at.getTime()) ? null : at.toISOString();
}

/** The `datetime-local` value for `ms` in the reader's zone (minutes). */
export function isoToLocalInput(ms: number): string {
  const at = new Date(ms);
  return new Date(at.getTime() - at.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}
