// POST /api/jobs/:id/cancel and /retry - the same transitions as for a batch, for one job and its
// duplicates. A duplicate never runs itself, so both act on its original (and so on every copy).
import { getJob, type JobDetail } from './get-job';
import { db } from '../db/client';
import { AppError, notFound } from '../errors';
import type { Prisma } from '../generated/prisma/client';
import { jobLog } from '../log-context';
import { cancelled, retried } from '../queue/job-transitions';
import { requestAbort, wakeWorkers } from '../queue/signals';
import { transitionJobs } from '../batches/transition-jobs';

async function findJob(jobId: string) {
  const job = await (await db()).job.findUnique({
    where: { id: jobId },
    select: { id: true, batchId: true, status: true, storagePath: true, duplicateOf: true },
  });
  if (!job) throw notFound('job', jobId);
  return job;
}

/** The job that runs for `jobId`: itself, or its original when it is a duplicate. */
async function findRunningJob(jobId: string) {
  const job = await findJob(jobId);
  return job.duplicateOf ? findJob(job.duplicateOf) : job;
}

/** The job and its duplicates, in the given states. */
const withDuplicates = (jobId: string, status: string[]): Prisma.JobWhereInput => ({
  OR: [{ id: jobId }, { duplicateOf: jobId }],
  status: { in: status },
});

export async function cancelJob(jobId: string): Promise<JobDetail> {
  const job = await findRunningJob(jobId);
  const { before } = await transitionJobs(job.batchId, withDuplicates(job.id, ['queued', 'processing']), cancelled(), 'keep');
  if (before.length === 0) throw new AppError('conflict', `The job has already ended (${job.status}); there is nothing to cancel.`);
  requestAbort(before.filter((j) => j.status === 'processing').map((j) => j.id));
  jobLog(job).info({ was: job.status, jobs: before.length }, 'job cancelled');
  return getJob(jobId);
}

export async function retryJob(jobId: string): Promise<JobDetail> {
  const job = await findRunningJob(jobId);
  if (!job.storagePath) {
    throw new AppError('conflict', 'This file was refused at upload and was not stored; upload a corrected file instead.');
  }
  const { before } = await transitionJobs(job.batchId, withDuplicates(job.id, ['failed', 'cancelled']), retried(), 'reopen');
  if (before.length === 0) throw new AppError('conflict', `Only failed or cancelled jobs can be retried; this one is ${job.status}.`);
  wakeWorkers();
  jobLog(job).info({ was: job.status, jobs: before.length }, 'job retried');
  return getJob(jobId);
}
