// The batch summary of an export (`summary.json`, `GET /api/batches/:id/summary`): the batch, its
// totals, and one row per document, read a page of jobs at a time so a batch of any size is
// summarised in flat memory. Category and confidence come from result-heads.ts; results are
// never parsed here.
import { countJobs, emptyCounts } from '../batches/job-counts';
import { db } from '../db/client';
import { notFound } from '../errors';
import type { BatchStatus, ErrorType, JobStatus, Workflow } from '../schemas/batch';
import { readResultHeads } from '../jobs/result-heads';
import { keyDataOf, type KeyData } from '../jobs/result-summary';
import { exportJobPages } from './export-jobs';

export type SummaryTotals = {
  total: number;
  /** Finished, one way or the other: successful + failed. */
  processed: number;
  successful: number;
  failed: number;
  cancelled: number;
  queued: number;
  processing: number;
  pages: number;
  /** First job start, last job finish, and the span between them (the batch's total time). */
  started_at: string | null;
  finished_at: string | null;
  duration_ms: number | null;
  /** The jobs' own processing times added up. */
  processing_ms_total: number;
};

export type SummaryHead = {
  batch: { batch_id: string; name: string; workflow: Workflow; status: BatchStatus; created_at: string };
  /** The export's status filter; the documents listed are those it lets through (all when null). */
  filter: { status: JobStatus[] | null };
  generated_at: string;
  /** The whole batch's, whatever the filter. */
  totals: SummaryTotals;
};

export type SummaryDocument = {
  filename: string;
  status: JobStatus;
  error_type: ErrorType | null;
  error: string | null;
  pages: number | null;
  category: string | null;
  confidence: number | null;
} & KeyData & {
  processing_ms: number | null;
  attempts: number;
  sha256: string;
  job_id: string;
  /** The document's files in the export: `<export_name>.json`, `.txt`, `.md`, `.tables/`. */
  export_name: string;
  /** The earlier job with the same file, whose result this one shows. */
  duplicate_of: string | null;
  /** A result is stored (so the export has its files): completed, or failed with a partial result. */
  has_result: boolean;
  partial: boolean;
};

export type BatchSummaryReport = SummaryHead & { documents: SummaryDocument[] };

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The batch and its totals; a missing batch is a 404. */
export async function loadSummaryHead(batchId: string, statuses: JobStatus[] | null): Promise<SummaryHead> {
  const client = await db();
  const { batch, aggregate, counts } = await client.$transaction(async (tx) => ({
    batch: await tx.batch.findUnique({ where: { id: batchId } }),
    aggregate: await tx.job.aggregate({ where: { batchId }, _sum: { pages: true, processingMs: true }, _min: { startedAt: true }, _max: { finishedAt: true } }),
    counts: await countJobs(tx, [batchId]),
  }));
  if (!batch) throw notFound('batch', batchId);
  const c = counts.get(batchId) ?? emptyCounts();
  const started = aggregate._min.startedAt;
  const finished = aggregate._max.finishedAt;
  return {
    batch: { batch_id: batch.id, name: batch.name, workflow: batch.workflow as Workflow, status: batch.status as BatchStatus, created_at: batch.createdAt.toISOString() },
    filter: { status: statuses },
    generated_at: new Date().toISOString(),
    totals: {
      total: c.queued + c.processing + c.completed + c.failed + c.cancelled,
      processed: c.completed + c.failed,
      successful: c.completed,
      failed: c.failed,
      cancelled: c.cancelled,
      queued: c.queued,
      processing: c.processing,
      pages: aggregate._sum.pages ?? 0,
      started_at: iso(started),
      finished_at: iso(finished),
      duration_ms: started && finished ? Math.max(0, finished.getTime() - started.getTime()) : null,
      processing_ms_total: aggregate._sum.processingMs ?? 0,
    },
  };
}

/** The summary rows of the batch's documents, in upload order. */
export async function* summaryDocuments(batchId: string, statuses: JobStatus[] | null): AsyncGenerator<SummaryDocument> {
  const client = await db();
  for await (const jobs of exportJobPages(batchId, statuses)) {
    const heads = await readResultHeads(client, [...new Set(jobs.map((j) => j.resultJobId))]);
    for (const job of jobs) {
      const head = heads.get(job.resultJobId);
      yield {
        filename: job.filename,
        status: job.status,
        error_type: job.errorType as ErrorType | null,
        error: job.error,
        pages: job.pages,
        category: head?.category ?? null,
        confidence: head?.confidence ?? null,
        ...(head?.keyData ?? keyDataOf(null)),
        processing_ms: job.processingMs,
        attempts: job.attempts,
        sha256: job.sha256,
        job_id: job.id,
        export_name: job.exportName,
        duplicate_of: job.duplicateOf,
        has_result: head !== undefined,
        partial: head?.partial ?? false,
      };
    }
  }
}
