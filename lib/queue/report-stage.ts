// A running job reached a stage: record it (extending the lease) and tell the browser.
import { db } from '../db/client';
import { notifyJob } from '../realtime/notify';
import { stageProgress, type JOB_STAGES, type PageStage } from '../schemas/batch';
import { isStampedStage, stampAttempt } from './job-attempts';
import { updateOwnedJob } from './owned-job';

/** A stage a running job reports: a step done, or a page reached (`ocr:3/12`). */
export type ProgressStage = Exclude<keyof typeof JOB_STAGES, 'queued' | 'saved'> | PageStage;

/** False when the job is no longer this worker's (cancelled or taken back): stop working on it. */
export async function reportStage(jobId: string, workerId: string, stage: ProgressStage, leaseMs: number): Promise<boolean> {
  const client = await db();
  const now = new Date();
  const change = { stage, progress: stageProgress(stage), leaseExpiresAt: new Date(now.getTime() + leaseMs) };
  // A main stage is also stamped on the run's history, in the same transaction; a page stage is progress only.
  const job = isStampedStage(stage)
    ? await client.$transaction(async (tx) => {
        const updated = await updateOwnedJob(tx, jobId, workerId, change);
        if (updated) await stampAttempt(tx, updated, stage, now);
        return updated;
      })
    : await updateOwnedJob(client, jobId, workerId, change);
  if (job) notifyJob(job);
  return job !== null;
}
