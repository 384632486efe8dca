import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { BatchDetail, BatchSummary, JobSummary } from '@/lib/schemas/batch';
import { applyBatchUpdate, applyJobUpdates, applySnapshot, emptyBatchView } from './batch-view';

const job = (id: string, seq: number, extra: Partial<JobSummary> = {}): JobSummary => ({
  job_id: id, batch_id: 'b', filename: `${id}.pdf`, size_bytes: 1, status: 'queued', progress: 0, stage: 'queued',
  error: null, error_type: null, attempts: 0, worker_id: null, pages: null, created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z',
  started_at: null, finished_at: null, processing_ms: null, duplicate_of: null, queue_position: null, seq, ...extra,
});
const summary = (seq: number, extra: Partial<BatchSummary> = {}): BatchSummary => ({
  batch_id: 'b', name: 'B', workflow: 'full_extraction', status: 'queued', priority: 0, total_files: 2, queued: 2,
  processing: 0, completed: 0, failed: 0, cancelled: 0, progress: 0, created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-01T00:00:00Z', started_at: null, finished_at: null, seq, ...extra,
});
const detail = (seq: number, jobs: JobSummary[]): BatchDetail => ({ ...summary(seq), jobs });

test('a snapshot sets the jobs and their order', () => {
  const view = applySnapshot(emptyBatchView, detail(2, [job('a', 1), job('b', 1)]));
  assert.deepEqual(view.order, ['a', 'b']);
  assert.equal(view.batch?.seq, 2);
  assert.equal('jobs' in (view.batch ?? {}), false);
});

test('events newer than the snapshot survive it; older ones are dropped', () => {
  let view = applyJobUpdates(emptyBatchView, [job('a', 5, { progress: 60 })]);
  view = applyBatchUpdate(view, summary(9, { progress: 30 }));
  view = applySnapshot(view, detail(4, [job('a', 3, { progress: 10 }), job('b', 2)]));
  assert.equal(view.jobs.get('a')?.progress, 60);
  assert.equal(view.batch?.progress, 30);
  assert.deepEqual(view.order, ['a', 'b']);
  view = applyJobUpdates(view, [job('b', 1, { progress: 99 })]);
  assert.equal(view.jobs.get('b')?.seq, 2);
});

test('an unchanged job keeps its object, and no change keeps the view', () => {
  const a = job('a', 3);
  const view = applySnapshot(emptyBatchView, detail(1, [a]));
  const again = applySnapshot(view, detail(1, [job('a', 3)]));
  assert.equal(again.jobs.get('a'), a);
  assert.equal(applyJobUpdates(view, [job('a', 2)]), view);
  assert.equal(applyBatchUpdate(view, summary(1)), view);
});

test('a job first seen in an event is appended', () => {
  const view = applyJobUpdates(applySnapshot(emptyBatchView, detail(1, [job('a', 1)])), [job('z', 1)]);
  assert.deepEqual(view.order, ['a', 'z']);
});
