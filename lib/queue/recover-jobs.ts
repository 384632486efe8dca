// Jobs whose worker is gone go back to the queue: those whose lease ran out, and (at start, for
// the embedded database that only this process uses) those a previous run of this server left.
import { db } from '../db/client';
import { refreshBatch } from '../batches/refresh-batch';
import type { Prisma } from '../generated/prisma/client';
import { jobLog } from '../log-context';
import { notifyJob } from '../realtime/notify';
import { closeAttempts } from './job-attempts';
import { requeued } from './job-transitions';

async function requeue(where: Prisma.JobWhereInput, why: string): Promise<number> {
  const client = await db();
  const stranded = await client.job.findMany({ where: { status: 'processing', ...where }, select: { id: true, batchId: true, workerId: true } });
  for (const { id, batchId, workerId } of stranded) {
    const job = await client.$transaction(async (tx) => {
      const { count } = await tx.job.updateMany({
        where: { id, status: 'processing', ...where },
        data: requeued(),
      });
      if (count === 0) return null;
      await closeAttempts(tx, [id], 'requeued', new Date(), { errorType: null, message: why });
      await refreshBatch(tx, batchId);
      return tx.job.findUnique({ where: { id } });
    });
    if (job) {
      jobLog(job).warn({ from_worker: workerId }, `job back in the queue: ${why}`);
      notifyJob(job);
    }
  }
  return stranded.length;
}

/** Requeues running jobs whose lease expired before `now`. */
export const recoverExpiredJobs = (now = new Date()) => requeue({ leaseExpiresAt: { lt: now } }, 'its lease expired (its worker stopped answering)');

/** Requeues every running job not owned by `workerId` (only safe when no other process shares the database). */
export const recoverJobsOfOtherWorkers = (workerId: string) => requeue({ NOT: { workerId } }, 'a previous run of the server left it running');

/** Extends the lease of every job this worker is running. */
export async function heartbeat(workerId: string, leaseMs: number, now = new Date()): Promise<number> {
  const client = await db();
  const { count } = await client.job.updateMany({
    where: { workerId, status: 'processing' },
    data: { leaseExpiresAt: new Date(now.getTime() + leaseMs) },
  });
  return count;
}

/** Hands this worker's running jobs back to the queue (graceful shutdown). */
export const releaseJobsOf = (workerId: string) => requeue({ workerId }, 'handed back at shutdown');
