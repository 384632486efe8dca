// Child loggers for lines about one batch or one job: each line carries `batch_id` (and `job_id`),
// so `grep <id>` or a log query finds everything that happened to it.
import { log, type Logger } from './log';

export type JobRef = { id: string; batchId: string };

export const jobBindings = (job: JobRef) => ({ batch_id: job.batchId, job_id: job.id });

export function jobLog(job: JobRef, parent: Logger = log): Logger {
  return parent.child(jobBindings(job));
}

export function batchLog(batchId: string, parent: Logger = log): Logger {
  return parent.child({ batch_id: batchId });
}
