'use client';
// The files of a batch, in upload order: the first rows only, and more on request, so a batch of
// thousands of files stays quick to render and update.
import { useState } from 'react';
import { plural } from '@/lib/client/format';
import type { JobSummary } from '@/lib/schemas/batch';
import { JobRow } from './JobRow';

const FIRST = 100;
const MORE = 200;

type Props = { order: readonly string[]; jobs: ReadonlyMap<string, JobSummary> };

export function JobList({ order, jobs }: Props) {
  const [shown, setShown] = useState(FIRST);
  const visible = order.slice(0, shown);
  const hidden = order.length - visible.length;
  return (
    <>
      <ul className="job-list" aria-label="Files">
        {visible.map((id) => {
          const job = jobs.get(id);
          return job ? <JobRow key={id} job={job} /> : null;
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
