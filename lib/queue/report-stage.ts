// A running job reached a stage: record it (extending the lease) and tell the browser.
// Hand-written SQL (lib/db/direct): on the hot path.
import { directDb } from '../db/direct/direct-db';
import { notifyJob } from '../realtime/notify';
import { stageProgress, type JOB_STAGES, type PageStage } from '../schemas/batch';
import { updateOwnedJobOp } from './sql/owned-job';

/** A stage a running job reports: a step done, or a page reached (`ocr:3/12`). */
export type ProgressStage = Exclude<keyof typeof JOB_STAGES, 'queued' | 'saved'> | PageStage;

/** False when the job is no longer this worker's (cancelled or taken back): stop working on it. */
export async function reportStage(jobId: string, workerId: string, stage: ProgressStage, leaseMs: number): Promise<boolean> {
  const now = new Date();
  const job = await directDb().transaction(() =>
    updateOwnedJobOp(jobId, workerId, { stage, progress: stageProgress(stage), lease_expires_at: new Date(now.getTime() + leaseMs) }, now),
  );
  if (job) notifyJob(job);
  return job !== null;
}
