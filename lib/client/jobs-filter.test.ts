import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EMPTY_VIEW, filterOf, listQueryOf, searchFromView, viewFromSearch } from './jobs-filter';

test('a view goes to the URL and back, keeping only what differs from the defaults', () => {
  const view = { ...EMPTY_VIEW, status: 'failed', error_type: 'timeout', period: 'hour' as const, sort: 'processing_ms' as const };
  const search = searchFromView(view);
  assert.equal(search, '?status=failed&error_type=timeout&period=hour&sort=processing_ms');
  assert.deepEqual(viewFromSearch(new URLSearchParams(search)), view);
  assert.deepEqual(viewFromSearch({ period: 'fortnight', sort: 'size', order: 'up' }), EMPTY_VIEW);
});

test('the period becomes a start time as of the moment the filter is used', () => {
  const now = Date.parse('2026-12-04T12:00:00Z');
  const filter = filterOf({ ...EMPTY_VIEW, status: 'queued', batch_id: ' b1 ', period: 'day', time_field: 'finished_at' }, now);
  assert.deepEqual(filter, { time_field: 'finished_at', status: 'queued', batch_id: 'b1', from: '2026-12-03T12:00:00.000Z' });
  assert.deepEqual(listQueryOf(EMPTY_VIEW, now), { sort: 'created_at', order: 'desc', time_field: 'created_at' });
});
