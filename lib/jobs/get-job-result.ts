// GET /api/jobs/:id/result - a job with its result as one JSON text, for download. The stored
// result is spliced in as it is, never parsed and re-serialised (it can be megabytes).
import { toJobSummary } from '../batches/serialize';
import { db } from '../db/client';
import { AppError, notFound } from '../errors';

export type JobResultDownload = { filename: string; body: string };

export async function getJobResultDownload(jobId: string): Promise<JobResultDownload> {
  const client = await db();
  const job = await client.job.findUnique({ where: { id: jobId } });
  if (!job) throw notFound('job', jobId);
  // A duplicate never runs itself: its result is its original's.
  const result = await client.result.findUnique({ where: { jobId: job.duplicateOf ?? job.id } });
  if (!result) {
    const why = job.status === 'failed' ? 'it failed before anything could be read' : `it is ${job.status}`;
    throw new AppError('not_found', `"${job.filename}" has no result yet: ${why}.`);
  }
  const summary = JSON.stringify(toJobSummary(job));
  return { filename: job.filename, body: `${summary.slice(0, -1)},"result":${result.data}}` };
}
