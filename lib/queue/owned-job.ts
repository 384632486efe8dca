// Changes to a job that only its current owner may make: the update applies only while the job
// is still `processing` under this worker (not cancelled, not recovered by another), and every
// change bumps `seq`. One statement (UPDATE … RETURNING) on both databases.
import type { Db } from '../db/client';
import type { Job, Prisma } from '../generated/prisma/client';

type Tx = Pick<Db, 'job'>;

export async function updateOwnedJob(
  tx: Tx,
  jobId: string,
  workerId: string,
  data: Prisma.JobUpdateManyMutationInput,
): Promise<Job | null> {
  const [job] = await tx.job.updateManyAndReturn({
    where: { id: jobId, workerId, status: 'processing' },
    data: { ...data, seq: { increment: 1 } },
  });
  return job ?? null;
}
