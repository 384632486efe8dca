'use client';
// The files of a batch, in upload order: the first rows only, and more on request, so a batch of
// thousands of files stays quick to render and update.
import { useMemo, useState } from 'react';
import { plural } from '@/lib/client/format';
import { queuePositions } from '@/lib/client/queue-positions';
import type { JobSummary } from '@/lib/schemas/batch';
import { JobRow } from './JobRow';

const FIRST = 100;
const MORE = 200;

type Props = { order: readonly string[]; jobs: ReadonlyMap<string, JobSummary> };

export function JobList({ order, jobs }: Props) {
  const [shown, setShown] = useState(FIRST);
  const positions = useMemo(() => queuePositions(order, jobs), [order, jobs]);
  const visible = order.slice(0, shown);
  const hidden = order.length - visible.length;
  return (
    <>
      <ul className="job-list" aria-label="Files">
        {visible.map((id) => {
          const job = jobs.get(id);
          if (!job) return null;
          const original = job.duplicate_of ? jobs.get(job.duplicate_of)?.filename : undefined;
          return <JobRow key={id} job={job} queuePosition={positions.get(id) ?? null} originalName={original} />;
        })}
      </ul>
      {hidden > 0 && (
        <div className="job-list__more">
          <button type="button" className="button" data-variant="secondary" onClick={() => setShown((n) => n + MORE)}>
            Show more ({plural(hidden, 'file')} not shown)
          </button>
          <button type="button" className="button" data-variant="ghost" onClick={() => setShown(order.length)}>
            Show all
          </button>
        </div>
      )}
    </>
  );
}
