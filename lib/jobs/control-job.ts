// POST /api/jobs/:id/cancel and /retry - the same transitions as for a batch, for one job.
import { getJob, type JobDetail } from './get-job';
import { db } from '../db/client';
import { AppError, notFound } from '../errors';
import { cancelled, retried } from '../queue/job-transitions';
import { requestAbort, wakeWorkers } from '../queue/signals';
import { transitionJobs } from '../batches/transition-jobs';

async function findJob(jobId: string) {
  const job = await (await db()).job.findUnique({ where: { id: jobId }, select: { batchId: true, status: true, storagePath: true } });
  if (!job) throw notFound('job', jobId);
  return job;
}

export async function cancelJob(jobId: string): Promise<JobDetail> {
  const job = await findJob(jobId);
  const { before } = await transitionJobs(job.batchId, { id: jobId, status: { in: ['queued', 'processing'] } }, cancelled(), 'keep');
  if (before.length === 0) throw new AppError('conflict', `The job has already ended (${job.status}); there is nothing to cancel.`);
  if (before[0].status === 'processing') requestAbort([jobId]);
  return getJob(jobId);
}

export async function retryJob(jobId: string): Promise<JobDetail> {
  const job = await findJob(jobId);
  if (!job.storagePath) {
    throw new AppError('conflict', 'This file was refused at upload and was not stored; upload a corrected file instead.');
  }
  const { before } = await transitionJobs(job.batchId, { id: jobId, status: { in: ['failed', 'cancelled'] } }, retried(), 'reopen');
  if (before.length === 0) throw new AppError('conflict', `Only failed or cancelled jobs can be retried; this one is ${job.status}.`);
  wakeWorkers();
  return getJob(jobId);
}
