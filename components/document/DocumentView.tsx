// The document view of one job: header, a short table of contents, then every part of the
// result. Renders what the result has; older results without the newer parts say so in words.
import { offersRetry } from '@/lib/client/job-retry';
import type { JobDetail } from '@/lib/jobs/get-job';
import { ClassificationSection } from './ClassificationSection';
import { DocumentHeader } from './DocumentHeader';
import { DomainSection } from './DomainSection';
import { EntitiesSection } from './EntitiesSection';
import { FieldsSection } from './FieldsSection';
import { ERROR_TYPE_LABELS } from './format';
import { MetadataSection } from './MetadataSection';
import { PagesSection } from './PagesSection';
import { RetryJobButton } from './RetryJobButton';
import { TablesSection } from './TablesSection';
import { TextSection } from './TextSection';
import { WarningsSection } from './WarningsSection';
import './document.css';

const CONTENTS = [
  ['classification', 'Classification'],
  ['key-data', 'Key data'],
  ['fields', 'Fields'],
  ['tables', 'Tables'],
  ['entities', 'Mentions'],
  ['metadata', 'Document information'],
  ['pages', 'Pages'],
  ['text', 'Full text'],
  ['warnings', 'Warnings'],
] as const;

function StatusNotice({ job }: { job: JobDetail }) {
  if (job.status === 'failed') {
    const kind = job.error_type ? ERROR_TYPE_LABELS[job.error_type] : 'Processing failed';
    return (
      <div className="notice doc-failed" data-tone="danger" role="alert" data-testid="doc-failure">
        <p>
          <strong>{kind}.</strong> {job.error ?? 'No reason was recorded.'}
          {job.result ? ' What was read before the failure is shown below.' : ''}
        </p>
        <p className="doc-failed__facts">
          Error type <code>{job.error_type ?? 'unknown'}</code> · {job.attempts === 1 ? '1 attempt' : `${job.attempts} attempts`}{' '}
          {offersRetry(job) && <RetryJobButton jobId={job.job_id} />}
        </p>
      </div>
    );
  }
  if (job.status === 'cancelled') {
    return (
      <div className="notice doc-failed" data-tone="warning">
        <p>This file was cancelled before it was processed.</p>
        <p className="doc-failed__facts">
          <RetryJobButton jobId={job.job_id} />
        </p>
      </div>
    );
  }
  if (job.status === 'queued' || job.status === 'processing') {
    return (
      <p className="notice" data-tone="warning" role="status">
        This file is still {job.status === 'queued' ? 'waiting in the queue' : 'being processed'}. This page updates by itself when it is done.
      </p>
    );
  }
  if (job.result?.partial) return <p className="notice" data-tone="warning">Some pages or steps could not be read; see the warnings at the end.</p>;
  return null;
}

export function DocumentView({ job }: { job: JobDetail }) {
  const { result } = job;
  return (
    <div className="doc">
      <DocumentHeader job={job} />
      <StatusNotice job={job} />
      {result ? (
        <>
          <nav className="doc-contents" aria-label="Sections">
            <ul>
              {CONTENTS.map(([id, label]) => (
                <li key={id}>
                  <a href={`#${id}`}>{label}</a>
                </li>
              ))}
            </ul>
          </nav>
          <ClassificationSection classification={result.classification} />
          <DomainSection domain={result.domain} category={result.classification?.final_category ?? null} />
          <FieldsSection fields={result.fields} />
          <TablesSection tables={result.tables} />
          <EntitiesSection entities={result.entities} />
          <MetadataSection metadata={result.metadata} />
          <PagesSection pages={result.pages} />
          <TextSection text={result.text} />
          <WarningsSection warnings={result.warnings} />
        </>
      ) : (
        job.status === 'completed' && <p className="notice" data-tone="warning">This file is marked as done, but no result is stored for it.</p>
      )}
    </div>
  );
}
