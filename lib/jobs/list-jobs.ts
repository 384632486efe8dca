// GET /api/jobs - every job across batches, filtered, sorted and paged by keyset (job-cursor.ts).
import { db } from '../db/client';
import type { JobPage, ListAllJobsQuery } from '../schemas/jobs';
import { afterCursor, encodeCursor, orderBy } from './job-cursor';
import { jobWhere } from './job-filter';
import { toJobRow } from './to-job-row';

export async function listJobs(query: ListAllJobsQuery): Promise<JobPage> {
  const client = await db();
  const where = jobWhere(query);
  const paged = query.cursor ? { AND: [where, afterCursor(query.cursor, query.sort, query.order)] } : where;
  const [total, rows] = await Promise.all([
    client.job.count({ where }),
    client.job.findMany({
      where: paged,
      orderBy: orderBy(query.sort, query.order),
      take: query.limit + 1,
      include: { batch: { select: { name: true } } },
    }),
  ]);
  const page = rows.slice(0, query.limit);
  return {
    total,
    jobs: page.map(toJobRow),
    next_cursor: rows.length > query.limit ? encodeCursor(page[page.length - 1], query.sort) : null,
  };
}
