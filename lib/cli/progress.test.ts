import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { BatchSummary, JobSummary } from '../schemas/batch';
import { batchHasEnded, batchOutcome, jobLine, progressLine, speedText } from './progress';

const batch = (over: Partial<BatchSummary> = {}): BatchSummary => ({
  batch_id: 'b1',
  name: 'March',
  workflow: 'full_extraction',
  status: 'processing',
  priority: 0,
  total_files: 6,
  queued: 2,
  processing: 1,
  completed: 2,
  failed: 1,
  cancelled: 0,
  progress: 55.5,
  created_at: '2026-11-25T10:00:00.000Z',
  updated_at: '2026-11-25T10:00:00.000Z',
  started_at: null,
  finished_at: null,
  seq: 3,
  ...over,
});

const job = (over: Partial<JobSummary> = {}): JobSummary => ({
  job_id: 'j1',
  batch_id: 'b1',
  filename: 'invoice-1.pdf',
  size_bytes: 1000,
  status: 'completed',
  progress: 100,
  stage: 'saved',
  error: null,
  error_type: null,
  attempts: 1,
  worker_id: 'w',
  pages: 1,
  created_at: '2026-11-25T10:00:00.000Z',
  updated_at: '2026-11-25T10:00:00.000Z',
  started_at: null,
  finished_at: null,
  processing_ms: 420,
  duplicate_of: null,
  queue_position: null,
  seq: 1,
  ...over,
});

test('the progress bar shows the percentage, the counts and the name, and fits the terminal', () => {
  const line = progressLine(batch(), 80);
  assert.match(line, /^\[█+░+\]  55%  3\/6 done, 1 failed  March$/);
  assert.ok(line.length <= 79);
  const bar = /\[(.*)\]/.exec(line)?.[1] ?? '';
  assert.equal([...bar].filter((c) => c === '█').length, Math.round(0.55 * bar.length));

  assert.match(progressLine(batch({ progress: 0, completed: 0, failed: 0, queued: 6, processing: 0 })), /\[░+\]   0%  0\/6 done  March/);
  assert.match(progressLine(batch({ progress: 100, status: 'completed', completed: 6, failed: 0, queued: 0, processing: 0 })), /^\[█+\] 100%  6\/6 done  March/);

  const narrow = progressLine(batch({ name: 'A very long batch name that does not fit anywhere near forty columns' }), 40);
  assert.ok(narrow.length <= 39, narrow);
  assert.ok(narrow.endsWith('…'));
});

test('one line per finished document, with the reason when it failed', () => {
  assert.equal(jobLine(job()), 'completed  invoice-1.pdf  1 page  0.4 s');
  assert.equal(jobLine(job({ pages: 3, processing_ms: 1500 })), 'completed  invoice-1.pdf  3 pages  1.5 s');
  assert.equal(
    jobLine(job({ status: 'failed', filename: 'truncated.pdf', error_type: 'processing_error', error: 'The PDF is damaged.' })),
    'failed     truncated.pdf  processing_error: The PDF is damaged.',
  );
  assert.equal(jobLine(job({ status: 'cancelled', pages: null })), 'cancelled  invoice-1.pdf');
});

test('the outcome in words, and when a batch has ended', () => {
  assert.equal(
    batchOutcome(batch({ status: 'completed_with_errors', queued: 0, processing: 0, completed: 5, failed: 1 })),
    'Batch "March" (b1) is completed with errors: 5 completed, 1 failed of 6.',
  );
  assert.equal(batchOutcome(batch()), 'Batch "March" (b1) is processing: 2 completed, 1 failed, 3 still to do of 6.');
  assert.equal(batchHasEnded(batch()), false);
  for (const status of ['completed', 'completed_with_errors', 'failed', 'cancelled'] as const) assert.equal(batchHasEnded(batch({ status })), true);
});

test('pages/s and time left once a document is done; none before, none at the end', () => {
  const started = batch({ started_at: '2026-11-25T10:00:00.000Z' });
  const now = Date.parse('2026-11-25T10:00:20.000Z');
  // 3 of 6 ended in 20 s, 50 pages read: 2.5 pages/s, 3 more files at 20/3 s each.
  assert.equal(speedText(started, 50, now), '2.5 pages/s, about 20 s left');
  assert.match(progressLine(started, 120, speedText(started, 50, now)), /3\/6 done, 1 failed, 2\.5 pages\/s, about 20 s left  March/);
  assert.equal(speedText(batch(), 50, now), null);
  assert.equal(speedText(batch({ started_at: started.started_at, completed: 0, failed: 0 }), 0, now), null);
  assert.equal(speedText(batch({ started_at: started.started_at, status: 'completed' }), 50, now), null);
});
