// After its jobs change, bring the batch row's status and timestamps up to date (inside the
// caller's transaction) and return its summary.
import type { Db } from '../db/client';
import type { BatchStatus, BatchSummary } from '../schemas/batch';
import { deriveBatchStatus, isFinishedBatchStatus } from './derive-status';
import { countJobs, emptyCounts } from './job-counts';
import { toBatchSummary } from './serialize';

type Tx = Pick<Db, 'job' | 'batch'>;

export async function refreshBatch(tx: Tx, batchId: string, now = new Date()): Promise<BatchSummary | null> {
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
  return toBatchSummary(updated, counts);
}
