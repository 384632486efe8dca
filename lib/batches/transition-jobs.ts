// Moves some of a batch's jobs to another state in one transaction (cancel, retry), keeps the
// batch's own status right, and tells every subscriber.
import { db } from '../db/client';
import { notFound } from '../errors';
import type { Job, Prisma } from '../generated/prisma/client';
import { toJobSummary } from './serialize';
import { publish } from '../realtime/publisher';
import { publishBatchSummary } from '../realtime/notify';
import { rooms } from '../events';
import type { BatchSummary } from '../schemas/batch';
import { closeAttempts } from '../queue/job-attempts';
import { lockJobs, takeWriteLock } from './lock-jobs';
import { refreshBatch } from './refresh-batch';

export type TransitionResult = {
  /** The jobs as they were before the change. */
  before: Pick<Job, 'id' | 'status'>[];
  summary: BatchSummary;
};

export async function transitionJobs(
  batchId: string,
  where: Prisma.JobWhereInput,
  data: Prisma.JobUpdateManyMutationInput,
  batchStatus: 'cancel' | 'reopen' | 'keep',
): Promise<TransitionResult> {
  const client = await db();
  const { before, jobs, summary } = await client.$transaction(async (tx) => {
    await takeWriteLock(tx, batchId);
    const batch = await tx.batch.findUnique({ where: { id: batchId }, select: { status: true } });
    if (!batch) throw notFound('batch', batchId);
    const before = await tx.job.findMany({ where: { batchId, ...where }, select: { id: true, status: true } });
    const ids = before.map((j) => j.id);
    await lockJobs(tx, ids);
    if (ids.length) await tx.job.updateMany({ where: { id: { in: ids }, ...where }, data });
    // A running job moved elsewhere (cancelled) ends its run in the history too.
    const stopped = before.filter((j) => j.status === 'processing').map((j) => j.id);
    await closeAttempts(tx, stopped, 'cancelled', new Date());
    if (ids.length && (batchStatus === 'cancel' || (batchStatus === 'reopen' && batch.status === 'cancelled'))) {
      // 'queued' is a placeholder: refreshBatch derives the real status from the jobs.
      const status = batchStatus === 'cancel' ? 'cancelled' : 'queued';
      await tx.batch.update({ where: { id: batchId }, data: { status, finishedAt: null, seq: { increment: 1 } } });
    }
    const summary = await refreshBatch(tx, batchId);
    const jobs = ids.length ? await tx.job.findMany({ where: { id: { in: ids } } }) : [];
    return { before, jobs, summary: summary as BatchSummary };
  });
  for (const job of jobs) publish({ name: 'job:update', room: rooms.batch(batchId), payload: toJobSummary(job) });
  publishBatchSummary(summary);
  return { before, summary };
}
