import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { QueueOverview } from '@/lib/schemas/queue';
import { noWorkerWarning } from './queue-warning';

const queue = (queued: number, threads: number, paused = false): QueueOverview => ({
  paused,
  updated_at: null,
  read_at: '2026-11-25T10:00:00.000Z',
  counts: { queued, processing: 0, completed: 0, failed: 0, cancelled: 0 },
  workers: { processes: threads ? 1 : 0, threads },
});

test('files waiting and no thread anywhere: the card says so; otherwise nothing', () => {
  assert.equal(noWorkerWarning(queue(3, 0)), 'No worker is running: queued files wait until one starts.');
  assert.equal(noWorkerWarning(queue(3, 2)), null);
  assert.equal(noWorkerWarning(queue(0, 0)), null, 'nothing waits');
  assert.equal(noWorkerWarning(queue(3, 0, true)), null, 'paused: the wait is chosen');
  assert.equal(noWorkerWarning(null), null);
});
