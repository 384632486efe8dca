// GET /api/jobs/:id/attempts - a job as the jobs view shows it, with every run: worker, start,
// the main stages' times, end, outcome and error.
import { db } from '../db/client';
import { notFound } from '../errors';
import type { JobAttempt as AttemptRow } from '../generated/prisma/client';
import type { ErrorType } from '../schemas/batch';
import type { JobAttempt, JobHistory } from '../schemas/jobs';
import { toJobRow } from './to-job-row';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function toAttempt(row: AttemptRow): JobAttempt {
  return {
    attempt: row.attempt,
    worker_id: row.workerId,
    started_at: row.startedAt.toISOString(),
    loaded_at: iso(row.loadedAt),
    extracted_at: iso(row.extractedAt),
    analysed_at: iso(row.analysedAt),
    finished_at: iso(row.finishedAt),
    duration_ms: row.finishedAt ? row.finishedAt.getTime() - row.startedAt.getTime() : null,
    outcome: row.outcome as JobAttempt['outcome'],
    error_type: row.errorType as ErrorType | null,
    error: row.error,
  };
}

export async function getJobHistory(jobId: string): Promise<JobHistory> {
  const client = await db();
  const job = await client.job.findUnique({
    where: { id: jobId },
    include: { batch: { select: { name: true } }, runs: { orderBy: [{ attempt: 'asc' }, { id: 'asc' }] } },
  });
  if (!job) throw notFound('job', jobId);
  const { runs, ...rest } = job;
  return { job: toJobRow(rest), attempts: runs.map(toAttempt) };
}
