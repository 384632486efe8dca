// GET /api/jobs/:id - one job with its result. A duplicate (same file earlier in the batch) shows
// its original's result, since it never runs itself.
import { queuePositionOf } from '../batches/queue-positions';
import { toJobSummary } from '../batches/serialize';
import { db } from '../db/client';
import { notFound } from '../errors';
import type { DocumentResult } from '../pipeline/types';
import { upgradeResult } from '../pipeline/upgrade-result';
import type { JobSummary } from '../schemas/batch';

export type JobDetail = JobSummary & { result: DocumentResult | null };

export async function getJob(jobId: string): Promise<JobDetail> {
  const client = await db();
  // One read transaction, so the job, its place in the queue and the result are the same moment.
  const found = await client.$transaction(async (tx) => {
    const job = await tx.job.findUnique({ where: { id: jobId } });
    if (!job) return null;
    const resultOf = job.duplicateOf ?? job.id;
    const result = await tx.result.findUnique({ where: { jobId: resultOf }, select: { data: true } });
    const position = await queuePositionOf(tx, job);
    return { job, result, position };
  });
  if (!found) throw notFound('job', jobId);
  const { job, result, position } = found;
  const positions = position === null ? undefined : new Map([[job.id, position]]);
  return { ...toJobSummary(job, positions), result: result ? upgradeResult(JSON.parse(result.data) as DocumentResult) : null };
}
