import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { JobSummary } from '@/lib/schemas/batch';
import { formatEta, throughput } from './throughput';

type Times = Pick<JobSummary, 'status' | 'pages' | 'started_at' | 'finished_at' | 'duplicate_of'>;
const NOW = Date.parse('2026-01-01T00:01:00Z');
const at = (secondsAgo: number) => new Date(NOW - secondsAgo * 1000).toISOString();
const done = (secondsAgo: number, pages: number): Times => ({ status: 'completed', pages, started_at: at(secondsAgo + 1), finished_at: at(secondsAgo), duplicate_of: null });
const queued: Times = { status: 'queued', pages: null, started_at: null, finished_at: null, duplicate_of: null };

test('pages per second over the last 30 s, and the time left at the same file rate', () => {
  // 6 files (60 pages) finished in the last 30 s, one before the window; 12 files to go.
  const jobs = [done(50, 100), ...[1, 5, 10, 15, 20, 25].map((s) => done(s, 10)), ...Array(12).fill(queued)];
  const t = throughput(jobs, NOW, at(60));
  assert.equal(t.pagesPerSecond, 2);
  assert.equal(t.etaSeconds, 60); // 12 files at 0.2 files/s
});

test('a batch that started 10 s ago is measured over those 10 s', () => {
  const t = throughput([done(2, 20), queued], NOW, at(10));
  assert.equal(t.pagesPerSecond, 2);
  assert.equal(t.etaSeconds, 10);
});

test('no rate before the first file ends; nothing left is 0 s; failures and copies do not count', () => {
  assert.deepEqual(throughput([queued], NOW, at(10)), { pagesPerSecond: null, etaSeconds: null });
  assert.deepEqual(throughput([], NOW, at(10)), { pagesPerSecond: null, etaSeconds: 0 });
  const failed: Times = { ...done(2, 5), status: 'failed' };
  const copy: Times = { ...done(2, 5), duplicate_of: 'x' };
  assert.deepEqual(throughput([failed, copy, { ...queued, duplicate_of: 'x' }], NOW, at(10)), { pagesPerSecond: null, etaSeconds: 0 });
});

test('the time left in words', () => {
  assert.equal(formatEta(3), 'less than 5 s left');
  assert.equal(formatEta(42), 'about 40 s left');
  assert.equal(formatEta(300), 'about 5 min left');
  assert.equal(formatEta(7200), 'about 2.0 h left');
});
