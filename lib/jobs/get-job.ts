// GET /api/jobs/:id - one job with its result.
import { toJobSummary } from '../batches/serialize';
import { db } from '../db/client';
import { notFound } from '../errors';
import type { DocumentResult } from '../pipeline/types';
import type { JobSummary } from '../schemas/batch';

export type JobDetail = JobSummary & { result: DocumentResult | null };

export async function getJob(jobId: string): Promise<JobDetail> {
  const client = await db();
  const job = await client.job.findUnique({ where: { id: jobId }, include: { result: true } });
  if (!job) throw notFound('job', jobId);
  const { result, ...row } = job;
  return { ...toJobSummary(row), result: result ? (JSON.parse(result.data) as DocumentResult) : null };
}
