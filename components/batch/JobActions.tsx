'use client';
// One file's buttons in its row: Retry when it was cancelled or failed in a way another run could
// change (lib/client/job-retry.ts), Cancel while it waits or runs. Named with the file ("Retry invoice-1.pdf") so a screen reader knows which row they act on.
import { offersRetry } from '@/lib/client/job-retry';
import { useAction } from '@/lib/client/use-action';
import { cancelJob, retryJob } from '@/lib/client/control';
import type { JobSummary } from '@/lib/schemas/batch';

type Props = { job: Pick<JobSummary, 'job_id' | 'filename' | 'status' | 'error_type'> };

export function JobActions({ job }: Props) {
  const action = useAction();
  const canRetry = offersRetry(job);
  const canCancel = job.status === 'queued' || job.status === 'processing';
  if (!canRetry && !canCancel && !action.error) return null;
  const busy = action.pending !== null;
  return (
    <>
      <span className="job-row__actions">
        {canRetry && (
          <button
            type="button"
            className="job-action"
            aria-label={`Retry ${job.filename}`}
            onClick={() => void action.run('retry', () => retryJob(job.job_id))}
            disabled={busy}
          >
            {action.pending === 'retry' ? 'Retrying…' : 'Retry'}
          </button>
        )}
        {canCancel && (
          <button
            type="button"
            className="job-action"
            aria-label={`Cancel ${job.filename}`}
            onClick={() => void action.run('cancel', () => cancelJob(job.job_id))}
            disabled={busy}
          >
            {action.pending === 'cancel' ? 'Cancelling…' : 'Cancel'}
          </button>
        )}
      </span>
      {action.error && (
        <span className="job-row__error" role="alert">
          {action.error}
        </span>
      )}
    </>
  );
}
