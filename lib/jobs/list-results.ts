// GET /api/batches/:id/results - a batch's files with a compact summary of each result, a page
// at a time, plus the batch's totals. The results' heads come from result-heads.ts, so a page of
// rows never parses whole results (their full text can be megabytes).
import { z } from 'zod';
import { countJobs, emptyCounts } from '../batches/job-counts';
import { db } from '../db/client';
import { notFound } from '../errors';
import { Prisma } from '../generated/prisma/client';
import type { ErrorType, JobStatus } from '../schemas/batch';
import { readCategoryCounts, readResultHeads } from './result-heads';
import type { BatchResultsPage, JobResultRow } from './result-summary';

export const listResultsQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(200),
  cursor: z.string().regex(/^\d+$/, 'cursor must be a value of next_cursor').optional(),
});
export type ListResultsQuery = z.infer<typeof listResultsQuerySchema>;

type Tx = Prisma.TransactionClient;

export async function listBatchResults(batchId: string, query: ListResultsQuery): Promise<BatchResultsPage> {
  const { limit } = query;
  const after = query.cursor === undefined ? -1 : Number(query.cursor);
  const client = await db();
  // One read transaction, so the rows and the totals are the same moment.
  const { batch, jobs, heads, aggregate, counts, categories } = await client.$transaction(async (tx) => {
    const batch = await tx.batch.findUnique({ where: { id: batchId }, select: { id: true } });
    const jobs = await tx.job.findMany({
      where: { batchId, position: { gt: after } },
      orderBy: { position: 'asc' },
      take: limit + 1,
      select: { id: true, position: true, filename: true, status: true, pages: true, processingMs: true, error: true, errorType: true, duplicateOf: true },
    });
    // A duplicate shows its original's result (it never runs itself).
    const heads = await readResultHeads(tx, [...new Set(jobs.slice(0, limit).map((j) => j.duplicateOf ?? j.id))]);
    const aggregate = await tx.job.aggregate({ where: { batchId }, _sum: { pages: true }, _min: { startedAt: true }, _max: { finishedAt: true } });
    const counts = await countJobs(tx, [batchId]);
    const categories = await readCategoryCounts(tx, batchId);
    return { batch, jobs, heads, aggregate, counts, categories };
  });
  if (!batch) throw notFound('batch', batchId);

  const page = jobs.slice(0, limit);
  const results: JobResultRow[] = page.map((job) => {
    const head = heads.get(job.duplicateOf ?? job.id);
    return {
      job_id: job.id,
      filename: job.filename,
      status: job.status as JobStatus,
      pages: job.pages,
      processing_ms: job.processingMs,
      error: job.error,
      error_type: job.errorType as ErrorType | null,
      has_result: head !== undefined,
      category: head?.category ?? null,
      confidence: head?.confidence ?? null,
      language: head?.language ?? null,
      key_fields: head?.keyFields ?? [],
      no_text: head?.noText ?? false,
      partial: head?.partial ?? false,
      warning_count: head?.warningCount ?? 0,
    };
  });

  const c = counts.get(batchId) ?? emptyCounts();
  const started = aggregate._min.startedAt;
  const finished = aggregate._max.finishedAt;
  return {
    batch_id: batchId,
    stats: {
      total: c.queued + c.processing + c.completed + c.failed + c.cancelled,
      queued: c.queued,
      processing: c.processing,
      completed: c.completed,
      failed: c.failed,
      cancelled: c.cancelled,
      pages: aggregate._sum.pages ?? 0,
      started_at: started ? started.toISOString() : null,
      finished_at: finished ? finished.toISOString() : null,
      duration_ms: started && finished ? Math.max(0, finished.getTime() - started.getTime()) : null,
      categories,
    },
    results,
    next_cursor: jobs.length > limit ? String(page[page.length - 1].position) : null,
  };
}
