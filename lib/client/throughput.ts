// How fast a batch goes and when it should end: pages per second over the last ~30 s of finished
// jobs, and the time left at the files-per-second rate of the same window.
import type { JobSummary } from '@/lib/schemas/batch';

export const WINDOW_MS = 30_000;

export type Throughput = { pagesPerSecond: number | null; etaSeconds: number | null };

type JobTimes = Pick<JobSummary, 'status' | 'pages' | 'started_at' | 'finished_at' | 'duplicate_of'>;

const ended = (status: JobSummary['status']) => status === 'completed' || status === 'failed' || status === 'cancelled';

/**
 * `startedAt`: when the batch started (the window never reaches before it, so the first seconds
 * are not diluted). Null rates until at least one job has finished in the window.
 */
export function throughput(jobs: Iterable<JobTimes>, now: number, startedAt: string | null): Throughput {
  const started = startedAt ? Date.parse(startedAt) : NaN;
  const from = Math.max(now - WINDOW_MS, Number.isFinite(started) ? started : now - WINDOW_MS);
  const seconds = Math.max((now - from) / 1000, 1);
  let pages = 0;
  let files = 0;
  let remaining = 0;
  for (const job of jobs) {
    if (!ended(job.status)) {
      if (!job.duplicate_of) remaining++;
      continue;
    }
    if (job.duplicate_of || job.status !== 'completed' || !job.finished_at) continue;
    const at = Date.parse(job.finished_at);
    if (at < from || at > now + 5000) continue;
    files++;
    pages += job.pages ?? 0;
  }
  if (files === 0) return { pagesPerSecond: null, etaSeconds: remaining === 0 ? 0 : null };
  return { pagesPerSecond: pages / seconds, etaSeconds: remaining / (files / seconds) };
}

/** "about 2 min left", "about 40 s left", "less than 5 s left". */
export function formatEta(seconds: number): string {
  if (seconds < 5) return 'less than 5 s left';
  if (seconds < 90) return `about ${Math.round(seconds / 5) * 5} s left`;
  if (seconds < 90 * 60) return `about ${Math.round(seconds / 60)} min left`;
  return `about ${(seconds / 3600).toFixed(1)} h left`;
}
