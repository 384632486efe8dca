// A job with its batch's name, as the jobs view shows it.
import { toJobSummary } from '../batches/serialize';
import type { Job } from '../generated/prisma/client';
import type { Category } from '../pipeline/types';
import type { JobRow } from '../schemas/jobs';

export function toJobRow(job: Job & { batch: { name: string } }): JobRow {
  const { batch, ...row } = job;
  return { ...toJobSummary(row), batch_name: batch.name, document_type: (job.documentType as Category | null) ?? null };
}
