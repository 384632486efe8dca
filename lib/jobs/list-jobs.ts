// GET /api/jobs - every job across batches, filtered, sorted and paged by keyset (job-cursor.ts).
import { db } from '../db/client';
import type { JobPage, ListAllJobsQuery } from '../schemas/jobs';
import { afterCursor, encodeCursor, orderBy } from './job-cursor';
import { jobWhere } from './job-filter';
import { toJobRow } from './to-job-row';

/** Counting stops here: a count of many rows no index covers costs a lookup per row, on every page. */
export const COUNT_CAP = 10_000;

export async function listJobs(query: ListAllJobsQuery): Promise<JobPage> {
  const client = await db();
  const where = jobWhere(query);
  const paged = query.cursor ? { AND: [where, afterCursor(query.cursor, query.sort, query.order)] } : where;
  const [total, rows] = await Promise.all([
    client.job.count({ where, take: COUNT_CAP + 1 }),
    client.job.findMany({
      where: paged,
      orderBy: orderBy(query.sort, query.order),
      take: query.limit + 1,
      include: { batch: { select: { name: true } } },
    }),
  ]);
  const page = rows.slice(0, query.limit);
  return {
    total: Math.min(total, COUNT_CAP),
    total_capped: total > COUNT_CAP,
    jobs: page.map(toJobRow),
    next_cursor: rows.length > query.limit ? encodeCursor(page[page.length - 1], query.sort) : null,
  };
}
