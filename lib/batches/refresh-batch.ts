// After its jobs change, bring the batch row's status and timestamps up to date (inside the
// caller's transaction) and return its summary.
import { dbProvider, type Db } from '../db/client';
import { queueBatchEmail } from '../email/queue-batch-email';
import type { BatchStatus, BatchSummary } from '../schemas/batch';
import { deriveBatchStatus, isFinishedBatchStatus } from './derive-status';
import { countJobs, emptyCounts } from './job-counts';
import { toBatchSummary } from './serialize';

type Tx = Pick<Db, 'job' | 'batch' | '$queryRaw' | 'emailNotification'>;

export async function refreshBatch(tx: Tx, batchId: string, now = new Date()): Promise<BatchSummary | null> {
  // On Postgres, transactions that change jobs of one batch run side by side (several workers):
  // each takes the batch row's lock before counting, so the last one counts everyone's committed
  // changes (read committed) and the batch cannot stay `processing` with all its jobs done.
  // SQLite runs one writing transaction at a time already. The batch row is locked after the
  // jobs, as every transaction does (lock-jobs.ts).
  if (dbProvider() === 'postgresql') await tx.$queryRaw`SELECT id FROM batches WHERE id = ${batchId} FOR UPDATE`;
  const batch = await tx.batch.findUnique({ where: { id: batchId } });
  if (!batch) return null;
  const counts = (await countJobs(tx, [batchId])).get(batchId) ?? emptyCounts();
  const status = deriveBatchStatus(batch.status as BatchStatus, counts, batch.totalFiles);
  const startedAt = batch.startedAt ?? (status !== 'queued' ? now : null);
  const finishedAt = isFinishedBatchStatus(status) ? (batch.finishedAt ?? now) : null;
  if (status === batch.status && startedAt === batch.startedAt && finishedAt === batch.finishedAt) {
    return toBatchSummary(batch, counts);
  }
  const updated = await tx.batch.update({
    where: { id: batchId },
    data: { status, startedAt, finishedAt, seq: { increment: 1 } },
  });
  if (finishedAt && !batch.finishedAt) await queueBatchEmail(tx, batch, finishedAt, now); // the batch has just ended
  return toBatchSummary(updated, counts);
}
