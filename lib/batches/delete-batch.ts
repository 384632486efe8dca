// DELETE /api/batches/:id - the batch, its jobs, results and stored files; running jobs are stopped.
import { db } from '../db/client';
import { notFound } from '../errors';
import { rooms } from '../events';
import { batchLog } from '../log-context';
import { requestAbort } from '../queue/signals';
import { publish } from '../realtime/publisher';
import { removeBatchFiles } from '../storage/files';
import { lockBatchJobs, takeWriteLock } from './lock-jobs';

export async function deleteBatch(batchId: string): Promise<void> {
  const client = await db();
  const running = await client.$transaction(async (tx) => {
    await takeWriteLock(tx, batchId);
    const batch = await tx.batch.findUnique({ where: { id: batchId }, select: { id: true } });
    if (!batch) throw notFound('batch', batchId);
    await lockBatchJobs(tx, batchId);
    const running = await tx.job.findMany({ where: { batchId, status: 'processing' }, select: { id: true } });
    await tx.batch.delete({ where: { id: batchId } }); // jobs and results cascade
    return running.map((j) => j.id);
  });
  requestAbort(running);
  await removeBatchFiles(batchId);
  const change = { type: 'deleted' as const, batch_id: batchId };
  publish({ name: 'batches:update', room: rooms.batches, payload: change });
  publish({ name: 'batches:update', room: rooms.batch(batchId), payload: change });
  batchLog(batchId).info({ stopped: running.length }, 'batch deleted');
}
