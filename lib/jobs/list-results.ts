// GET /api/batches/:id/results - a batch's files with a compact summary of each result, a page
// at a time, plus the batch's totals. Results are read with SQLite's JSON functions, so a page
// of rows never parses whole results (their full text can be megabytes).
import { z } from 'zod';
import { countJobs, emptyCounts } from '../batches/job-counts';
import { db } from '../db/client';
import { notFound } from '../errors';
import { Prisma } from '../generated/prisma/client';
import type { Field } from '../pipeline/types';
import type { ErrorType, JobStatus } from '../schemas/batch';
import { keyFieldsOf, type BatchResultsPage, type CategoryCount, type DomainHead, type JobResultRow } from './result-summary';

export const listResultsQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(200),
  cursor: z.string().regex(/^\d+$/, 'cursor must be a value of next_cursor').optional(),
});
export type ListResultsQuery = z.infer<typeof listResultsQuerySchema>;

type Head = {
  jobId: string;
  category: string | null;
  /** An integer in the JSON (a confidence of exactly 0 or 1) comes back as a bigint. */
  confidence: number | bigint | null;
  language: string | null;
  partial: number | bigint | null;
  warnings: number | bigint | null;
  domain: string | null;
  f0: string | null;
  f1: string | null;
  f2: string | null;
};

type Tx = Prisma.TransactionClient;

function resultHeads(tx: Tx, jobIds: string[]): Promise<Head[]> {
  if (jobIds.length === 0) return Promise.resolve([]);
  return tx.$queryRaw<Head[]>`
    SELECT job_id AS jobId,
      json_extract(data, '$.classification.final_category') AS category,
      json_extract(data, '$.classification.confidence') AS confidence,
      json_extract(data, '$.language.code') AS language,
      json_extract(data, '$.partial') AS partial,
      json_array_length(data, '$.warnings') AS warnings,
      json_remove(json_extract(data, '$.domain'), '$.electrical_characteristics', '$.dates') AS domain,
      json_extract(data, '$.fields[0]') AS f0,
      json_extract(data, '$.fields[1]') AS f1,
      json_extract(data, '$.fields[2]') AS f2
    FROM results WHERE job_id IN (${Prisma.join(jobIds)})`;
}

async function categoryCounts(tx: Tx, batchId: string): Promise<CategoryCount[]> {
  const rows = await tx.$queryRaw<{ category: string | null; n: number | bigint }[]>`
    SELECT json_extract(r.data, '$.classification.final_category') AS category, COUNT(*) AS n
    FROM results r JOIN jobs j ON r.job_id = COALESCE(j.duplicate_of, j.id)
    WHERE j.batch_id = ${batchId} AND j.status = 'completed'
    GROUP BY category`;
  return rows
    .filter((r): r is { category: string; n: number | bigint } => typeof r.category === 'string')
    .map((r) => ({ category: r.category, count: Number(r.n) }))
    .sort((a, b) => b.count - a.count || a.category.localeCompare(b.category));
}

function parseJson<T>(text: string | null): T | null {
  if (text === null) return null;
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}

function keyFields(head: Head): JobResultRow['key_fields'] {
  const domain = parseJson<DomainHead>(head.domain);
  const fields = [head.f0, head.f1, head.f2].map((f) => parseJson<Field>(f)).filter((f): f is Field => f !== null);
  return keyFieldsOf(domain, fields);
}

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
    const heads = await resultHeads(tx, [...new Set(jobs.slice(0, limit).map((j) => j.duplicateOf ?? j.id))]);
    const aggregate = await tx.job.aggregate({ where: { batchId }, _sum: { pages: true }, _min: { startedAt: true }, _max: { finishedAt: true } });
    const counts = await countJobs(tx, [batchId]);
    const categories = await categoryCounts(tx, batchId);
    return { batch, jobs, heads, aggregate, counts, categories };
  });
  if (!batch) throw notFound('batch', batchId);

  const headById = new Map(heads.map((h) => [h.jobId, h]));
  const page = jobs.slice(0, limit);
  const results: JobResultRow[] = page.map((job) => {
    const head = headById.get(job.duplicateOf ?? job.id);
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
      confidence: head?.confidence == null ? null : Number(head.confidence),
      language: head?.language ?? null,
      key_fields: head ? keyFields(head) : [],
      partial: Boolean(head?.partial),
      warning_count: Number(head?.warnings ?? 0),
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
