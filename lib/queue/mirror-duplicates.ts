// A duplicate (the same file earlier in its batch) never runs itself: when its original's run
// ends for good, the duplicates still waiting take the same outcome, inside the caller's
// transaction. Retry and cancel reach them through lib/jobs/control-job.ts and the batch controls.
import type { Db } from '../db/client';
import type { Job } from '../generated/prisma/client';

type Tx = Pick<Db, 'job'>;

/** Copies `original`'s end state to its waiting duplicates (one UPDATE … RETURNING); returns them as they are now, for events. */
export async function mirrorDuplicates(tx: Tx, original: Job): Promise<Job[]> {
  return tx.job.updateManyAndReturn({
    where: { duplicateOf: original.id, status: 'queued' },
    data: {
      status: original.status,
      stage: original.stage,
      progress: original.progress,
      pages: original.pages,
      error: original.error,
      errorType: original.errorType,
      finishedAt: original.finishedAt,
      documentType: original.documentType,
      workerId: null,
      leaseExpiresAt: null,
      seq: { increment: 1 },
    },
  });
}
