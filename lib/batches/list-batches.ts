// GET /api/batches - newest first, a page at a time (`cursor` is the last batch id seen).
import { db } from '../db/client';
import type { BatchListResponse } from '../schemas/batch';
import { countJobs, emptyCounts } from './job-counts';
import { toBatchSummary } from './serialize';

export async function listBatches(query: { limit: number; cursor?: string }): Promise<BatchListResponse> {
  const client = await db();
  const [total, rows] = await Promise.all([
    client.batch.count(),
    client.batch.findMany({
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: query.limit + 1,
      ...(query.cursor ? { cursor: { id: query.cursor }, skip: 1 } : {}),
    }),
  ]);
  const page = rows.slice(0, query.limit);
  const counts = await countJobs(client, page.map((b) => b.id));
  return {
    total,
    batches: page.map((b) => toBatchSummary(b, counts.get(b.id) ?? emptyCounts())),
    next_cursor: rows.length > query.limit ? page[page.length - 1].id : null,
  };
}
