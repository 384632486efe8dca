import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { BatchSummary } from '@/lib/schemas/batch';
import { appendPage, applyChanges, refreshFirstPage, type BatchList } from './batch-list';

const b = (id: string, minute: number, seq = 1, extra: Partial<BatchSummary> = {}): BatchSummary => ({
  batch_id: id, name: id, workflow: 'full_extraction', status: 'queued', priority: 0, total_files: 1, queued: 1,
  processing: 0, completed: 0, failed: 0, cancelled: 0, progress: 0,
  created_at: `2026-01-01T00:${String(minute).padStart(2, '0')}:00.000Z`, updated_at: '2026-01-01T00:00:00Z',
  started_at: null, finished_at: null, seq, ...extra,
});
const ids = (list: BatchList) => list.items.map((x) => x.batch_id);

test('created batches go on top; updates apply by seq; deletions remove', () => {
  let list: BatchList = { items: [b('y', 2), b('x', 1)], nextCursor: null, total: 2 };
  list = applyChanges(list, [{ type: 'created', batch: b('z', 3) }]);
  assert.deepEqual(ids(list), ['z', 'y', 'x']);
  assert.equal(list.total, 3);
  list = applyChanges(list, [{ type: 'updated', batch: b('y', 2, 5, { progress: 50 }) }, { type: 'updated', batch: b('y', 2, 4, { progress: 40 }) }]);
  assert.equal(list.items[1].progress, 50);
  list = applyChanges(list, [{ type: 'deleted', batch_id: 'x' }]);
  assert.deepEqual(ids(list), ['z', 'y']);
  assert.equal(list.total, 2);
});

test('a batch older than the loaded pages waits for "Load more"', () => {
  const list: BatchList = { items: [b('y', 5)], nextCursor: 'y', total: 5 };
  assert.equal(applyChanges(list, [{ type: 'updated', batch: b('old', 1) }]), list);
});

test('a fresh first page drops what was deleted in its range and keeps later pages', () => {
  let list: BatchList = { items: [b('d', 4), b('c', 3)], nextCursor: 'c', total: 4 };
  list = appendPage(list, { batches: [b('b', 2), b('a', 1)], next_cursor: null, total: 4 });
  assert.deepEqual(ids(list), ['d', 'c', 'b', 'a']);
  list = refreshFirstPage(list, { batches: [b('e', 5), b('c', 3, 2)], next_cursor: 'c', total: 4 });
  assert.deepEqual(ids(list), ['e', 'c', 'b', 'a']);
  assert.equal(list.items[1].seq, 2);
  assert.equal(list.nextCursor, null);
});
