// Filtering and sorting of the batch results table.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { JobResultRow } from '@/lib/jobs/result-summary';
import { filterRows, nextSort, sortRows, UNCLASSIFIED } from './results-table';

const row = (job_id: string, extra: Partial<JobResultRow>): JobResultRow => ({
  job_id,
  filename: `${job_id}.pdf`,
  status: 'completed',
  pages: null,
  processing_ms: null,
  error: null,
  error_type: null,
  has_result: true,
  category: null,
  confidence: null,
  language: null,
  key_fields: [],
  no_text: false,
  partial: false,
  warning_count: 0,
  ...extra,
});

const rows = [
  row('invoice-10', { category: 'invoice', confidence: 0.4, pages: 1, processing_ms: 300 }),
  row('invoice-2', { category: 'invoice', confidence: 0.9, pages: 3, processing_ms: 100 }),
  row('datasheet-1', { category: 'datasheet', confidence: 0.8, pages: 2, processing_ms: 200 }),
  row('truncated', { status: 'failed', has_result: false, error: 'damaged' }),
];
const ids = (list: JobResultRow[]) => list.map((r) => r.job_id);

test('filters by status, category (or none) and a case-insensitive name search', () => {
  assert.deepEqual(ids(filterRows(rows, { status: 'failed', category: 'all', search: '' })), ['truncated']);
  assert.deepEqual(ids(filterRows(rows, { status: 'all', category: 'invoice', search: '' })), ['invoice-10', 'invoice-2']);
  assert.deepEqual(ids(filterRows(rows, { status: 'all', category: UNCLASSIFIED, search: '' })), ['truncated']);
  assert.deepEqual(ids(filterRows(rows, { status: 'all', category: 'all', search: ' DATA' })), ['datasheet-1']);
});

test('names sort naturally; unknown numbers go last in both directions', () => {
  assert.deepEqual(ids(sortRows(rows, { key: 'name', dir: 'asc' })), ['datasheet-1', 'invoice-2', 'invoice-10', 'truncated']);
  assert.deepEqual(ids(sortRows(rows, { key: 'pages', dir: 'desc' })), ['invoice-2', 'datasheet-1', 'invoice-10', 'truncated']);
  assert.deepEqual(ids(sortRows(rows, { key: 'pages', dir: 'asc' })), ['invoice-10', 'datasheet-1', 'invoice-2', 'truncated']);
});

test('category sorts by name, then the more confident first; status puts failures first', () => {
  assert.deepEqual(ids(sortRows(rows, { key: 'category', dir: 'asc' })), ['datasheet-1', 'invoice-2', 'invoice-10', 'truncated']);
  assert.equal(sortRows(rows, { key: 'status', dir: 'asc' })[0].job_id, 'truncated');
});

test('pressing a header flips its direction; a new numeric column starts with the largest', () => {
  assert.deepEqual(nextSort({ key: 'name', dir: 'asc' }, 'name'), { key: 'name', dir: 'desc' });
  assert.deepEqual(nextSort({ key: 'name', dir: 'asc' }, 'time'), { key: 'time', dir: 'desc' });
});
