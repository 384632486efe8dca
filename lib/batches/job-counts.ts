// Per-batch counts of jobs by status, from one grouped query: the batch summary is derived from
// its jobs, never kept in a second place that could disagree.
import type { Db } from '../db/client';
import type { JobStatus } from '../schemas/batch';

export type JobCounts = Record<JobStatus, number> & {
  /** Sum of progress, with every finished job (completed, failed, cancelled) counted as 100. */
  progressSum: number;
  /** Sum of the jobs' seq numbers: grows with every job change. */
  seqSum: number;
};

export const emptyCounts = (): JobCounts => ({
  queued: 0,
  processing: 0,
  completed: 0,
  failed: 0,
  cancelled: 0,
  progressSum: 0,
  seqSum: 0,
});

const FINISHED = new Set(['completed', 'failed', 'cancelled']);

/** Adds one status group (its job count and sums of progress and seq) to a batch's counts. */
export function addCountGroup(counts: JobCounts, status: JobStatus, n: number, progressSum: number, seqSum: number): void {
  counts[status] += n;
  counts.progressSum += FINISHED.has(status) ? n * 100 : progressSum;
  counts.seqSum += seqSum;
}

export async function countJobs(db: Pick<Db, 'job'>, batchIds: string[]): Promise<Map<string, JobCounts>> {
  const result = new Map<string, JobCounts>(batchIds.map((id) => [id, emptyCounts()]));
  if (batchIds.length === 0) return result;
  const groups = await db.job.groupBy({
    by: ['batchId', 'status'],
    where: { batchId: { in: batchIds } },
    _count: { _all: true },
    _sum: { progress: true, seq: true },
  });
  for (const g of groups) {
    const counts = result.get(g.batchId) ?? emptyCounts();
    addCountGroup(counts, g.status as JobStatus, g._count._all, g._sum.progress ?? 0, g._sum.seq ?? 0);
    result.set(g.batchId, counts);
  }
  return result;
}
