// A jobs-view filter (lib/schemas/jobs.ts) as a Prisma `where`: the one translation shared by the
// list, the bulk preview and the bulk action, so that what a person saw is what is acted on.
import type { Prisma } from '../generated/prisma/client';
import type { JobFilter } from '../schemas/jobs';

export function jobWhere(filter: JobFilter): Prisma.JobWhereInput {
  const where: Prisma.JobWhereInput = {};
  if (filter.status) where.status = { in: filter.status };
  if (filter.error_type) where.errorType = { in: filter.error_type };
  if (filter.document_type) where.documentType = { in: filter.document_type };
  if (filter.worker) where.workerId = filter.worker;
  if (filter.batch_id) where.batchId = filter.batch_id;
  if (filter.from || filter.to) {
    const range = { ...(filter.from ? { gte: new Date(filter.from) } : {}), ...(filter.to ? { lt: new Date(filter.to) } : {}) };
    if (filter.time_field === 'finished_at') where.finishedAt = range;
    else where.createdAt = range;
  }
  return where;
}
