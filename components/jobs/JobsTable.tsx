'use client';
// One page of the jobs view: a row per job (file, batch, status, error, type, worker, attempts,
// pages, processing time, upload time); choosing a row shows its details.
import { formatDuration } from '@/components/document/format';
import { LocalTime } from '@/components/ui/LocalTime';
import { categoryLabel } from '@/lib/jobs/result-summary';
import type { JobRow } from '@/lib/schemas/jobs';

type Props = { jobs: JobRow[]; selectedId: string | null; onSelect: (jobId: string) => void };

export function JobsTable({ jobs, selectedId, onSelect }: Props) {
  if (jobs.length === 0) return <p className="muted" data-testid="jobs-empty">No job matches this filter.</p>;
  return (
    <div className="jobs-table__scroll">
      <table className="jobs-table" data-testid="jobs-table">
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col">Batch</th>
            <th scope="col">Status</th>
            <th scope="col">Error</th>
            <th scope="col">Type</th>
            <th scope="col">Worker</th>
            <th scope="col" className="num">Attempts</th>
            <th scope="col" className="num">Pages</th>
            <th scope="col" className="num">Time</th>
            <th scope="col">Uploaded</th>
          </tr>
        </thead>
        <tbody>
          {jobs.map((job) => (
            <tr key={job.job_id} data-testid="job-row" data-job-id={job.job_id} aria-selected={job.job_id === selectedId}>
              <td>
                <button type="button" className="link-button truncate" onClick={() => onSelect(job.job_id)} title={job.filename}>
                  {job.filename}
                </button>
              </td>
              <td className="truncate" title={job.batch_id}>
                <a href={`/batch?batch=${encodeURIComponent(job.batch_id)}`}>{job.batch_name}</a>
              </td>
              <td>
                <span className="status-badge" data-status={job.status} data-testid="job-status">
                  {job.status}
                </span>
              </td>
              <td data-testid="job-error-type">{job.error_type ?? ''}</td>
              <td data-testid="job-type">{job.document_type ? categoryLabel(job.document_type) : ''}</td>
              <td className="truncate" data-testid="job-worker">{job.worker_id ?? ''}</td>
              <td className="num">{job.attempts}</td>
              <td className="num" data-testid="job-pages">{job.pages ?? ''}</td>
              <td className="num" data-testid="job-time">{job.processing_ms === null ? '' : formatDuration(job.processing_ms)}</td>
              <td>
                <LocalTime iso={job.created_at} length="short" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
