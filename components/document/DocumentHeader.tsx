// The top of the document view: file name, status, category with confidence, language, pages,
// processing time, and the two actions (open the original, download the result).
import Link from 'next/link';
import { categoryLabel, confidencePercent } from '@/lib/jobs/result-summary';
import type { JobDetail } from '@/lib/jobs/get-job';
import { formatDuration, languageName } from './format';

export const JOB_STATUS_LABELS: Record<JobDetail['status'], string> = {
  queued: 'Queued',
  processing: 'Processing',
  completed: 'Completed',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

export function DocumentHeader({ job }: { job: JobDetail }) {
  const { result } = job;
  const classification = result?.classification;
  const language = result?.language;
  const base = `/api/jobs/${encodeURIComponent(job.job_id)}`;
  return (
    <header className="card doc-header">
      <nav aria-label="Breadcrumb" className="doc-header__crumbs">
        <Link href={`/batch?batch=${encodeURIComponent(job.batch_id)}`}>← Back to the batch</Link>
      </nav>
      <div className="doc-header__top">
        <h1 className="doc-header__title" data-testid="doc-title">
          {job.filename}
        </h1>
        <span className="status-badge" data-status={job.status} data-testid="doc-status">
          {JOB_STATUS_LABELS[job.status]}
        </span>
      </div>
      <dl className="doc-header__facts">
        <div>
          <dt>Category</dt>
          <dd data-testid="doc-category">
            {classification ? (
              <>
                {categoryLabel(classification.final_category)} <span className="muted">· {confidencePercent(classification.confidence)} confidence</span>
              </>
            ) : (
              <span className="muted">Not classified</span>
            )}
          </dd>
        </div>
        <div>
          <dt>Language</dt>
          <dd data-testid="doc-language">
            {language ? (
              <>
                {languageName(language.code)} <span className="muted">({language.code})</span>
              </>
            ) : (
              <span className="muted">{language === null ? 'Not recognised' : 'Not detected'}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>Pages</dt>
          <dd>{job.pages ?? result?.metadata.page_count ?? <span className="muted">unknown</span>}</dd>
        </div>
        <div>
          <dt>Processing time</dt>
          <dd>{job.processing_ms !== null ? formatDuration(job.processing_ms) : <span className="muted">—</span>}</dd>
        </div>
      </dl>
      <div className="doc-header__actions">
        <a className="button" data-variant="primary" href={`${base}/file?inline=1`} target="_blank" rel="noopener" data-testid="open-pdf">
          Open original PDF
        </a>
        {result && (
          <a className="button" href={`${base}/result`} download data-testid="download-json">
            Download result JSON
          </a>
        )}
      </div>
    </header>
  );
}
