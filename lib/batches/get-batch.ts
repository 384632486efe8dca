// GET /api/batches/:id - one batch with its jobs (or only its summary); queued jobs with their
// place in the batch's queue.
import { db } from '../db/client';
import { directDb } from '../db/direct/direct-db';
import { batchSummaryOp } from '../queue/sql/refresh-batch';
import { notFound } from '../errors';
import type { BatchDetail, BatchSummary, JobStatus } from '../schemas/batch';
import { countJobs, emptyCounts } from './job-counts';
import { queuePositions } from './queue-positions';
import { toBatchSummary, toJobSummary } from './serialize';

/** The batch's summary alone (hand-written SQL: it is read a few times a second while a batch runs). */
export async function getBatchSummary(batchId: string): Promise<BatchSummary> {
  const summary = await directDb().transaction(() => batchSummaryOp(batchId));
  if (!summary) throw notFound('batch', batchId);
  return summary;
}

export async function getBatch(batchId: string, filter: { status?: JobStatus } = {}): Promise<BatchDetail> {
  const client = await db();
  // One read transaction, so the summary and the jobs are the same moment.
  const [batch, jobs, counts, positions] = await client.$transaction(async (tx) => [
    await tx.batch.findUnique({ where: { id: batchId } }),
    await tx.job.findMany({ where: { batchId, ...filter }, orderBy: { position: 'asc' } }),
    await countJobs(tx, [batchId]),
    await queuePositions(tx, batchId),
  ]);
  if (!batch) throw notFound('batch', batchId);
  return { ...toBatchSummary(batch, counts.get(batchId) ?? emptyCounts()), jobs: jobs.map((job) => toJobSummary(job, positions)) };
}
