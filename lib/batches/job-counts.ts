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
    const n = g._count._all;
    counts[g.status as JobStatus] += n;
    counts.progressSum += FINISHED.has(g.status) ? n * 100 : (g._sum.progress ?? 0);
    counts.seqSum += g._sum.seq ?? 0;
    result.set(g.batchId, counts);
  }
  return result;
}
