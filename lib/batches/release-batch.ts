// POST /api/batches/:id/release - a held or scheduled batch starts now: its hold and start time are
// cleared in one conditional update, its waiting jobs made runnable now (a start time is their
// run_at, accept-batch.ts) in the same transaction, and the workers are woken.
import { db } from '../db/client';
import { AppError, notFound } from '../errors';
import { batchLog } from '../log-context';
import { wakeWorkers } from '../queue/signals';
import { publishBatchSummary } from '../realtime/notify';
import type { BatchSummary } from '../schemas/batch';
import { isFinishedBatchStatus } from './derive-status';
import { getBatchSummary } from './get-batch';
import type { BatchStatus } from '../schemas/batch';

const FINISHED: BatchStatus[] = ['completed', 'completed_with_errors', 'failed', 'cancelled'];

export async function releaseBatch(batchId: string, now = new Date()): Promise<BatchSummary> {
  const client = await db();
  const count = await client.$transaction(async (tx) => {
    const released = await tx.batch.updateMany({
      where: { id: batchId, status: { notIn: FINISHED }, OR: [{ held: true }, { startAt: { gt: now } }] },
      data: { held: false, startAt: null, seq: { increment: 1 } },
    });
    if (released.count) await tx.job.updateMany({ where: { batchId, status: 'queued', runAt: { gt: now } }, data: { runAt: now } });
    return released.count;
  });
  if (count === 0) {
    const batch = await client.batch.findUnique({ where: { id: batchId }, select: { status: true } });
    if (!batch) throw notFound('batch', batchId);
    if (isFinishedBatchStatus(batch.status as BatchStatus)) throw new AppError('conflict', `The batch has already ended (${batch.status}); there is nothing to release.`);
    throw new AppError('conflict', 'The batch is neither held nor scheduled for later: its files are already free to start.');
  }
  const summary = await getBatchSummary(batchId);
  publishBatchSummary(summary);
  wakeWorkers();
  batchLog(batchId).info('batch released');
  return summary;
}
