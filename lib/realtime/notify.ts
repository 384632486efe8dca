// What the browser is told after a change: the job at once, its batch coalesced (a batch of a
// thousand files would otherwise recompute and send its summary for every stage of every file).
import { getBatchSummary } from '../batches/get-batch';
import { AppError } from '../errors';
import { rooms } from '../events';
import type { Job } from '../generated/prisma/client';
import { toJobSummary } from '../batches/serialize';
import { batchLog } from '../log-context';
import { processShared } from '../runtime/process-shared';
import type { BatchSummary } from '../schemas/batch';
import { publish } from './publisher';

const BATCH_COALESCE_MS = 150;
const pending = processShared('batch-notify-pending', () => new Map<string, NodeJS.Timeout>());

export function notifyJob(job: Job): void {
  publish({ name: 'job:update', room: rooms.batch(job.batchId), payload: toJobSummary(job) });
  notifyBatch(job.batchId);
}

/** Sends the batch's fresh summary to its room and to the list, at most once per interval. */
export function notifyBatch(batchId: string): void {
  if (pending.has(batchId)) return;
  const timer = setTimeout(() => {
    pending.delete(batchId);
    getBatchSummary(batchId).then(publishBatchSummary, (err) => {
      if (!(err instanceof AppError && err.code === 'not_found')) batchLog(batchId).error({ err }, 'batch summary failed');
    });
  }, BATCH_COALESCE_MS);
  timer.unref();
  pending.set(batchId, timer);
}

export function publishBatchSummary(batch: BatchSummary): void {
  publish({ name: 'batch:update', room: rooms.batch(batch.batch_id), payload: batch });
  publish({ name: 'batches:update', room: rooms.batches, payload: { type: 'updated', batch } });
}
