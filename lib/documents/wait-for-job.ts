// Waits until a job has ended (completed, failed or cancelled) or the time is up, woken by the
// job's own `job:update` event in this process; a slow poll of the database covers an event
// missed between two reads, or a job settled by another process.
import { getJob, type JobDetail } from '../jobs/get-job';
import { addEventSink } from '../realtime/publisher';
import type { JobStatus } from '../schemas/batch';

const POLL_MS = 1000;
const ENDED: ReadonlySet<JobStatus> = new Set(['completed', 'failed', 'cancelled']);

export const hasEnded = (status: JobStatus) => ENDED.has(status);

/** The job as it is when it ends, when `timeoutMs` have passed, or when `signal` aborts. */
export async function waitForJob(jobId: string, timeoutMs: number, signal?: AbortSignal): Promise<JobDetail> {
  const deadline = Date.now() + timeoutMs;
  let ended = false;
  let wake = () => {};
  const removeSink = addEventSink((event) => {
    if (event.name === 'job:update' && event.payload.job_id === jobId && hasEnded(event.payload.status)) {
      ended = true;
      wake();
    }
  });
  const onAbort = () => wake();
  signal?.addEventListener('abort', onAbort);
  try {
    for (;;) {
      ended = false;
      const job = await getJob(jobId);
      if (hasEnded(job.status) || Date.now() >= deadline || signal?.aborted) return job;
      if (ended) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.max(0, Math.min(POLL_MS, deadline - Date.now())));
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  } finally {
    removeSink();
    signal?.removeEventListener('abort', onAbort);
  }
}
