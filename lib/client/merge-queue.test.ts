import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { QueueOverview } from '@/lib/schemas/queue';
import { mergeQueue, withState } from './merge-queue';

const overview = (read_at: string, queued: number, paused = false, updated_at: string | null = null): QueueOverview => ({
  paused,
  updated_at,
  read_at,
  counts: { queued, processing: 0, completed: 0, failed: 0, cancelled: 0 },
  workers: { processes: 1, threads: 2 },
});

test('the counts read last win, whichever arrives last', () => {
  const early = overview('2026-11-25T10:00:01.000Z', 9);
  const late = overview('2026-11-25T10:00:02.000Z', 4);
  assert.equal(mergeQueue(null, early).counts.queued, 9);
  assert.equal(mergeQueue(early, late).counts.queued, 4);
  assert.equal(mergeQueue(late, early).counts.queued, 4, 'an older read arriving late is dropped');
});

test('the pause state changed last wins, even inside counts read earlier', () => {
  const pausedNow = overview('2026-11-25T10:00:01.000Z', 3, true, '2026-11-25T10:00:05.000Z');
  const readBefore = overview('2026-11-25T10:00:06.000Z', 2, false, '2026-11-25T09:00:00.000Z');
  const merged = mergeQueue(pausedNow, readBefore);
  assert.equal(merged.counts.queued, 2);
  assert.equal(merged.paused, true);
  assert.equal(merged.updated_at, '2026-11-25T10:00:05.000Z');
});

test('a pause answer applies over a state never changed, and not over a newer one', () => {
  const never = overview('2026-11-25T10:00:01.000Z', 1);
  assert.equal(withState(never, { paused: true, updated_at: '2026-11-25T10:00:02.000Z' }).paused, true);
  const resumed = overview('2026-11-25T10:00:03.000Z', 1, false, '2026-11-25T10:00:03.000Z');
  assert.equal(withState(resumed, { paused: true, updated_at: '2026-11-25T10:00:02.000Z' }).paused, false);
});
