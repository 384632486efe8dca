import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { JobSummary } from '@/lib/schemas/batch';
import { queuePositions } from './queue-positions';

const job = (id: string, status: JobSummary['status'], duplicate_of: string | null = null) =>
  ({ job_id: id, status, duplicate_of }) as JobSummary;

test('queued jobs numbered in upload order; running, ended and duplicate jobs have no place', () => {
  const jobs = [job('a', 'completed'), job('b', 'processing'), job('c', 'queued'), job('d', 'queued', 'c'), job('e', 'queued')];
  const positions = queuePositions(jobs.map((j) => j.job_id), new Map(jobs.map((j) => [j.job_id, j])));
  assert.deepEqual([...positions], [['c', 1], ['e', 2]]);
});
