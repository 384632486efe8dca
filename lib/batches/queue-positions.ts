// Where queued jobs stand in their batch's queue: 1 is the next this batch hands to a worker (by
// upload order). Duplicates never run themselves, so they have no place. Global order across
// batches depends on fair share at claim time and is not predicted.
import type { Db } from '../db/client';
import type { Job } from '../generated/prisma/client';

type Reader = Pick<Db, 'job'>;

/** The jobs of a batch that are waiting for a worker. */
const waitingToRun = (batchId: string) => ({ batchId, status: 'queued', duplicateOf: null });

/** Each waiting job's place in its batch's queue, from one query. */
export async function queuePositions(db: Reader, batchId: string): Promise<Map<string, number>> {
  const waiting = await db.job.findMany({ where: waitingToRun(batchId), orderBy: { position: 'asc' }, select: { id: true } });
  return new Map(waiting.map((job, i) => [job.id, i + 1]));
}

/** One job's place in its batch's queue (null when it is not waiting to run), from one count. */
export async function queuePositionOf(db: Reader, job: Pick<Job, 'batchId' | 'status' | 'duplicateOf' | 'position'>): Promise<number | null> {
  if (job.status !== 'queued' || job.duplicateOf !== null) return null;
  const ahead = await db.job.count({ where: { ...waitingToRun(job.batchId), position: { lt: job.position } } });
  return ahead + 1;
}
