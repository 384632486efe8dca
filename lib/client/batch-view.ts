// One batch as the browser holds it: the summary, the jobs by id and their order. Every change
// goes through these pure functions, which keep whatever has the higher `seq`, so snapshots and
// events can arrive in any order. An unchanged job keeps its object, so memoised rows skip it.
import type { BatchDetail, BatchSummary, JobSummary } from '@/lib/schemas/batch';

export type BatchView = {
  batch: BatchSummary | null;
  jobs: ReadonlyMap<string, JobSummary>;
  order: readonly string[];
};

export const emptyBatchView: BatchView = { batch: null, jobs: new Map(), order: [] };

const isNewer = (held: { seq: number } | null | undefined, next: { seq: number }) => !held || next.seq > held.seq;

/** A snapshot becomes the new base; anything already held with a higher seq is kept. */
export function applySnapshot(view: BatchView, detail: BatchDetail): BatchView {
  const { jobs: snapshotJobs, ...summary } = detail;
  const jobs = new Map<string, JobSummary>();
  const order: string[] = [];
  for (const job of snapshotJobs) {
    const held = view.jobs.get(job.job_id);
    jobs.set(job.job_id, isNewer(held, job) ? job : (held as JobSummary));
    order.push(job.job_id);
  }
  // Jobs only known from events that raced ahead of the snapshot.
  for (const id of view.order) {
    const held = view.jobs.get(id);
    if (held && !jobs.has(id)) {
      jobs.set(id, held);
      order.push(id);
    }
  }
  return { batch: isNewer(view.batch, summary) ? summary : view.batch, jobs, order };
}

export function applyJobUpdates(view: BatchView, updates: Iterable<JobSummary>): BatchView {
  let jobs: Map<string, JobSummary> | null = null;
  let order: string[] | null = null;
  for (const job of updates) {
    const held = (jobs ?? view.jobs).get(job.job_id);
    if (!isNewer(held, job)) continue;
    jobs ??= new Map(view.jobs);
    jobs.set(job.job_id, job);
    if (!held) (order ??= [...view.order]).push(job.job_id);
  }
  return jobs ? { ...view, jobs, order: order ?? view.order } : view;
}

export function applyBatchUpdate(view: BatchView, batch: BatchSummary): BatchView {
  return isNewer(view.batch, batch) ? { ...view, batch } : view;
}
