// A batch's status follows from its jobs' counts; `cancelled` is the only status set by a person.
import type { BatchStatus } from '../schemas/batch';
import type { JobCounts } from './job-counts';

export function deriveBatchStatus(current: BatchStatus, counts: JobCounts, totalFiles: number): BatchStatus {
  if (current === 'cancelled') return 'cancelled';
  const finished = counts.completed + counts.failed + counts.cancelled;
  if (finished < totalFiles) {
    return counts.processing > 0 || finished > 0 ? 'processing' : 'queued';
  }
  if (counts.completed === totalFiles) return 'completed';
  if (counts.completed > 0) return 'completed_with_errors';
  if (counts.failed === 0) return 'cancelled';
  return 'failed';
}

export const isFinishedBatchStatus = (status: BatchStatus) => status !== 'queued' && status !== 'processing';
