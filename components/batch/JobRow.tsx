// One file of a batch: name, progress (its upload was the first tenth of the bar), stage in words
// (with its place in the queue, or the file it duplicates), pages, and its Retry / Cancel buttons.
// Memoised: a row re-renders only when its job object or those change.
import Link from 'next/link';
import { memo } from 'react';
import { formatBytes, plural } from '@/lib/client/format';
import { jobStageLabel } from '@/lib/client/labels';
import { processingBarValue } from '@/lib/client/upload-split';
import type { JobSummary } from '@/lib/schemas/batch';
import { ProgressBar, type ProgressTone } from '@/components/ui/ProgressBar';
import { JobActions } from './JobActions';

const TONES: Record<JobSummary['status'], ProgressTone> = {
  queued: 'muted',
  processing: 'active',
  completed: 'done',
  failed: 'danger',
  cancelled: 'muted',
};

const isFinished = (status: JobSummary['status']) => status === 'completed' || status === 'failed' || status === 'cancelled';

type Props = { job: JobSummary; queuePosition?: number | null; originalName?: string };

export const JobRow = memo(function JobRow({ job, queuePosition = job.queue_position, originalName }: Props) {
  const stage = jobStageLabel(job, queuePosition, originalName);
  return (
    <li className="job-row" data-testid="job-row" data-status={job.status}>
      <span className="job-row__name truncate" title={job.filename}>
        {job.status === 'completed' ? <Link href={`/batch/${encodeURIComponent(job.batch_id)}/documents/${encodeURIComponent(job.job_id)}`}>{job.filename}</Link> : job.filename}
      </span>
      <ProgressBar value={isFinished(job.status) ? 100 : processingBarValue(job.progress)} label={job.filename} tone={TONES[job.status]} />
      <span className="job-row__stage" data-status={job.status} title={stage}>
        {stage}
      </span>
      <span className="job-row__meta">
        {job.pages !== null ? plural(job.pages, 'page') : formatBytes(job.size_bytes)}
      </span>
      <JobActions job={job} />
    </li>
  );
});
