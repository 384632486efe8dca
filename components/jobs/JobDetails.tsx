'use client';
// One job's details in the jobs view: where it is, its error, and every run with its worker, the
// times its main stages were reached and how it ended.
import { useEffect, useRef, useState } from 'react';
import { ERROR_TYPE_LABELS, formatDuration } from '@/components/document/format';
import { LocalTime } from '@/components/ui/LocalTime';
import { apiClient } from '@/lib/client/api';
import { messageOf } from '@/lib/client/api-error';
import { categoryLabel } from '@/lib/jobs/result-summary';
import type { JobAttempt, JobHistory } from '@/lib/schemas/jobs';

const OUTCOMES: Record<NonNullable<JobAttempt['outcome']>, string> = {
  completed: 'Completed',
  failed: 'Failed',
  retrying: 'Failed, retried',
  cancelled: 'Cancelled',
  requeued: 'Worker gone, back in the queue',
};

const Time = ({ iso }: { iso: string | null }) => (iso ? <LocalTime iso={iso} length="short" /> : <span className="muted">–</span>);

/** `version` changes when the listing was fetched again, so an open job follows the queue too. */
export function JobDetails({ jobId, version, onClose }: { jobId: string; version: number; onClose: () => void }) {
  const [history, setHistory] = useState<JobHistory | null>(null);
  const [error, setError] = useState<string | null>(null);
  const ref = useRef<HTMLElement>(null);
  // A job chosen far down the table: its details come into view.
  // (In braces: Chromium's scrollIntoView now returns a promise, which React would take for a cleanup.)
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [jobId]);
  useEffect(() => {
    const controller = new AbortController();
    apiClient.getJobAttempts(jobId, controller.signal).then(
      (h) => {
        setHistory(h);
        setError(null);
      },
      (err) => !controller.signal.aborted && setError(messageOf(err)),
    );
    return () => controller.abort();
  }, [jobId, version]);

  const job = history?.job.job_id === jobId ? history.job : null;
  return (
    <section ref={ref} className="card job-details" aria-label="Job details" data-testid="job-details">
      <div className="job-details__head">
        <h2 className="card__title truncate">{job?.filename ?? 'Job'}</h2>
        <button type="button" className="button" data-variant="ghost" onClick={onClose}>
          Close
        </button>
      </div>
      {error && (
        <p className="notice" data-tone="danger" role="alert">
          {error}
        </p>
      )}
      {job && history && (
        <>
          <dl className="job-details__facts">
            <dt>Status</dt>
            <dd data-testid="detail-status">{job.status}</dd>
            <dt>Batch</dt>
            <dd>
              <a href={`/batch?batch=${encodeURIComponent(job.batch_id)}`}>{job.batch_name}</a>
            </dd>
            <dt>Type</dt>
            <dd>{job.document_type ? categoryLabel(job.document_type) : '–'}</dd>
            <dt>Pages</dt>
            <dd data-testid="detail-pages">{job.pages ?? '–'}</dd>
            <dt>Processing time</dt>
            <dd data-testid="detail-time">{job.processing_ms === null ? '–' : formatDuration(job.processing_ms)}</dd>
            <dt>Attempts</dt>
            <dd>{job.attempts}</dd>
            {job.error && (
              <>
                <dt>Error</dt>
                <dd data-testid="detail-error">
                  {job.error_type ? `${ERROR_TYPE_LABELS[job.error_type]}: ` : ''}
                  {job.error}
                </dd>
              </>
            )}
          </dl>
          {job.status === 'completed' && (
            <p>
              <a href={`/batch/${encodeURIComponent(job.batch_id)}/documents/${encodeURIComponent(job.job_id)}`}>Open the document</a>
            </p>
          )}
          <h3 className="job-details__subtitle">Runs</h3>
          {history.attempts.length === 0 ? (
            <p className="muted">Not run yet.</p>
          ) : (
            <div className="jobs-table__scroll">
              <table className="jobs-table" data-testid="attempts-table">
                <thead>
                  <tr>
                    <th scope="col">#</th>
                    <th scope="col">Worker</th>
                    <th scope="col">Started</th>
                    <th scope="col">Loaded</th>
                    <th scope="col">Read</th>
                    <th scope="col">Analysed</th>
                    <th scope="col">Ended</th>
                    <th scope="col" className="num">Took</th>
                    <th scope="col">Outcome</th>
                  </tr>
                </thead>
                <tbody>
                  {history.attempts.map((a) => (
                    <tr key={a.attempt} data-testid="attempt-row">
                      <td>{a.attempt}</td>
                      <td className="truncate">{a.worker_id}</td>
                      <td><Time iso={a.started_at} /></td>
                      <td><Time iso={a.loaded_at} /></td>
                      <td><Time iso={a.extracted_at} /></td>
                      <td><Time iso={a.analysed_at} /></td>
                      <td><Time iso={a.finished_at} /></td>
                      <td className="num">{a.duration_ms === null ? '' : formatDuration(a.duration_ms)}</td>
                      <td data-testid="attempt-outcome">
                        {a.outcome ? OUTCOMES[a.outcome] : 'Running'}
                        {a.error ? `: ${a.error}` : ''}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
