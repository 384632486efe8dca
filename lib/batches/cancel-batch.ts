// POST /api/batches/:id/cancel - queued jobs are cancelled at once, running ones are stopped.
import { AppError } from '../errors';
import { batchLog } from '../log-context';
import { cancelled } from '../queue/job-transitions';
import { requestAbort } from '../queue/signals';
import type { BatchSummary } from '../schemas/batch';
import { transitionJobs } from './transition-jobs';

export async function cancelBatch(batchId: string): Promise<BatchSummary> {
  const { before, summary } = await transitionJobs(batchId, { status: { in: ['queued', 'processing'] } }, cancelled(), 'cancel');
  // Ended, whichever way (cancelled too): a 409 like a job's, so a client learns nothing was cancelled now.
  if (before.length === 0) {
    throw new AppError('conflict', `The batch has already ended (${summary.status}); there is nothing to cancel.`);
  }
  const running = before.filter((j) => j.status === 'processing').map((j) => j.id);
  requestAbort(running);
  batchLog(batchId).info({ cancelled: before.length, stopped: running.length }, 'batch cancelled');
  return summary;
}
