// Places in a batch's queue as the browser sees them: derived from the jobs it holds (upload
// order), so they stay right as events arrive (events do not carry `queue_position`).
import type { JobSummary } from '@/lib/schemas/batch';

/** 1 for the first queued job that runs itself (duplicates never do), 2 for the next... */
export function queuePositions(order: readonly string[], jobs: ReadonlyMap<string, JobSummary>): Map<string, number> {
  const positions = new Map<string, number>();
  for (const id of order) {
    const job = jobs.get(id);
    if (job && job.status === 'queued' && !job.duplicate_of) positions.set(id, positions.size + 1);
  }
  return positions;
}
