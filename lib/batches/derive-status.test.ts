import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deriveBatchStatus } from './derive-status';
import { emptyCounts, type JobCounts } from './job-counts';

const counts = (c: Partial<JobCounts>): JobCounts => ({ ...emptyCounts(), ...c });

test('a batch is queued until a job starts or ends, then processing until all have ended', () => {
  assert.equal(deriveBatchStatus('queued', counts({ queued: 3 }), 3), 'queued');
  assert.equal(deriveBatchStatus('queued', counts({ queued: 2, processing: 1 }), 3), 'processing');
  assert.equal(deriveBatchStatus('queued', counts({ queued: 2, failed: 1 }), 3), 'processing');
});

test('the end status says how the jobs ended', () => {
  assert.equal(deriveBatchStatus('processing', counts({ completed: 3 }), 3), 'completed');
  assert.equal(deriveBatchStatus('processing', counts({ completed: 2, failed: 1 }), 3), 'completed_with_errors');
  assert.equal(deriveBatchStatus('processing', counts({ completed: 2, cancelled: 1 }), 3), 'completed_with_errors');
  assert.equal(deriveBatchStatus('processing', counts({ failed: 3 }), 3), 'failed');
  assert.equal(deriveBatchStatus('processing', counts({ failed: 1, cancelled: 2 }), 3), 'failed');
  assert.equal(deriveBatchStatus('processing', counts({ cancelled: 3 }), 3), 'cancelled');
});

test('a cancelled batch stays cancelled', () => {
  assert.equal(deriveBatchStatus('cancelled', counts({ completed: 3 }), 3), 'cancelled');
});
