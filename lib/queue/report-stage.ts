// A running job reached a stage: record it (extending the lease) and tell the browser.
import { db } from '../db/client';
import { notifyJob } from '../realtime/notify';
import { JOB_STAGES } from '../schemas/batch';
import { updateOwnedJob } from './owned-job';

export type ProgressStage = Exclude<keyof typeof JOB_STAGES, 'queued' | 'saved'>;

/** False when the job is no longer this worker's (cancelled or taken back): stop working on it. */
export async function reportStage(jobId: string, workerId: string, stage: ProgressStage, leaseMs: number): Promise<boolean> {
  const job = await updateOwnedJob(await db(), jobId, workerId, {
    stage,
    progress: JOB_STAGES[stage],
    leaseExpiresAt: new Date(Date.now() + leaseMs),
  });
  if (job) notifyJob(job);
  return job !== null;
}
