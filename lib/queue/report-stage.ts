// A running job reached a stage: record it (extending the lease) and tell the browser.
import { db } from '../db/client';
import { notifyJob } from '../realtime/notify';
import { stageProgress, type JOB_STAGES, type PageStage } from '../schemas/batch';
import { updateOwnedJob } from './owned-job';

/** A stage a running job reports: a step done, or a page reached (`ocr:3/12`). */
export type ProgressStage = Exclude<keyof typeof JOB_STAGES, 'queued' | 'saved'> | PageStage;

/** False when the job is no longer this worker's (cancelled or taken back): stop working on it. */
export async function reportStage(jobId: string, workerId: string, stage: ProgressStage, leaseMs: number): Promise<boolean> {
  const job = await updateOwnedJob(await db(), jobId, workerId, {
    stage,
    progress: stageProgress(stage),
    leaseExpiresAt: new Date(Date.now() + leaseMs),
  });
  if (job) notifyJob(job);
  return job !== null;
}
