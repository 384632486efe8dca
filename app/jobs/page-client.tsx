'use client';
// The /jobs screen: the filter (kept in the URL), the live page of jobs, one job's details, and
// bulk actions on what the filter finds.
import { AppHeader } from '@/components/ui/AppHeader';
import { useCallback, useEffect, useState } from 'react';
import { BulkActions } from '@/components/jobs/BulkActions';
import { JobDetails } from '@/components/jobs/JobDetails';
import { JobsFilterBar } from '@/components/jobs/JobsFilterBar';
import { JobsTable } from '@/components/jobs/JobsTable';
import { plural } from '@/lib/client/format';
import { searchFromView, type JobsView } from '@/lib/client/jobs-filter';
import { useJobs } from '@/lib/client/use-jobs';
import type { JobPage } from '@/lib/schemas/jobs';
import '../batch/batch-page.css';
import '@/components/jobs/jobs.css';

type Props = { initialView: JobsView; initialPage: JobPage | null; pageSize: number; signedIn?: boolean };

export function JobsPageClient({ initialView, initialPage, pageSize, signedIn = false }: Props) {
  const [view, setView] = useState(initialView);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const jobs = useJobs(view, pageSize, initialPage);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    setVersion((v) => v + 1);
  }, [jobs.page]);

  // Each change applies to the latest view (two quick changes both stay), and the URL follows the view.
  const change = useCallback((patch: Partial<JobsView>) => setView((current) => ({ ...current, ...patch })), []);
  useEffect(() => {
    window.history.replaceState(null, '', `${window.location.pathname}${searchFromView(view)}`);
  }, [view]);

  const page = jobs.page;
  const first = (jobs.pageNumber - 1) * pageSize;
  return (
    <div className="page">
      <AppHeader current="/jobs" signedIn={signedIn} />
      <main className="jobs-page">
        <JobsFilterBar view={view} onChange={change} />
        <section className="card" aria-label="Jobs">
          <div className="jobs-page__bar">
            <p className="jobs-page__count" data-testid="jobs-total" aria-live="polite">
              {page ? (page.total === 0 ? 'No jobs' : `${first + 1}–${first + page.jobs.length} of ${page.total_capped ? 'more than ' : ''}${plural(page.total, 'job')}`) : ''}
              {jobs.loading ? <span className="muted"> · loading</span> : null}
            </p>
            <BulkActions view={view} onDone={jobs.refresh} />
          </div>
          {jobs.error && (
            <p className="notice" data-tone="danger" role="alert">
              {jobs.error}
            </p>
          )}
          {page ? <JobsTable jobs={page.jobs} selectedId={selectedId} onSelect={setSelectedId} /> : null}
          <div className="jobs-page__pager">
            <button type="button" className="button" onClick={jobs.previous} disabled={jobs.pageNumber === 1} data-testid="jobs-previous">
              Previous
            </button>
            <span className="muted">Page {jobs.pageNumber}</span>
            <button type="button" className="button" onClick={jobs.next} disabled={!page?.next_cursor} data-testid="jobs-next">
              Next
            </button>
          </div>
        </section>
        {selectedId && <JobDetails jobId={selectedId} version={version} onClose={() => setSelectedId(null)} />}
      </main>
    </div>
  );
}
