// POST /api/batches/:id/retry - failed and cancelled jobs go back to the queue (attempts keep
// counting). Files refused at upload were never stored and cannot be retried.
import { AppError } from '../errors';
import { batchLog } from '../log-context';
import { retried } from '../queue/job-transitions';
import { wakeWorkers } from '../queue/signals';
import type { BatchSummary } from '../schemas/batch';
import { transitionJobs } from './transition-jobs';

export async function retryBatch(batchId: string): Promise<BatchSummary> {
  const { before, summary } = await transitionJobs(
    batchId,
    { status: { in: ['failed', 'cancelled'] }, storagePath: { not: '' } },
    retried(),
    'reopen',
  );
  if (before.length === 0) throw new AppError('conflict', 'The batch has no failed or cancelled files that can be retried.');
  wakeWorkers();
  batchLog(batchId).info({ requeued: before.length }, 'batch retried');
  return summary;
}
