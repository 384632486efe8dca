// Database rows to the API's snake_case shapes (lib/schemas/batch.ts).
import type { Batch, Job } from '../generated/prisma/client';
import type { BatchStatus, BatchSummary, ErrorType, JobStatus, JobSummary, OcrMode, Workflow } from '../schemas/batch';
import type { JobCounts } from './job-counts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** `queuePositions`: waiting jobs' places in their batch's queue (lib/batches/queue-positions.ts); events go without. */
export function toJobSummary(job: Job, queuePositions?: ReadonlyMap<string, number>): JobSummary {
  return {
    job_id: job.id,
    batch_id: job.batchId,
    filename: job.filename,
    size_bytes: job.sizeBytes,
    status: job.status as JobStatus,
    progress: job.progress,
    stage: job.stage,
    error: job.error,
    error_type: job.errorType as ErrorType | null,
    attempts: job.attempts,
    worker_id: job.workerId,
    pages: job.pages,
    created_at: job.createdAt.toISOString(),
    updated_at: job.updatedAt.toISOString(),
    started_at: iso(job.startedAt),
    finished_at: iso(job.finishedAt),
    processing_ms: job.processingMs,
    duplicate_of: job.duplicateOf,
    queue_position: queuePositions?.get(job.id) ?? null,
    seq: job.seq,
  };
}

export function toBatchSummary(batch: Batch, counts: JobCounts): BatchSummary {
  const total = batch.totalFiles;
  return {
    batch_id: batch.id,
    name: batch.name,
    workflow: batch.workflow as Workflow,
    ocr: (batch.ocr as OcrMode | null) ?? null,
    status: batch.status as BatchStatus,
    priority: batch.priority,
    total_files: total,
    queued: counts.queued,
    processing: counts.processing,
    completed: counts.completed,
    failed: counts.failed,
    cancelled: counts.cancelled,
    progress: total === 0 ? 0 : Math.round((counts.progressSum / total) * 10) / 10,
    created_at: batch.createdAt.toISOString(),
    updated_at: batch.updatedAt.toISOString(),
    started_at: iso(batch.startedAt),
    finished_at: iso(batch.finishedAt),
    seq: batch.seq + counts.seqSum,
    start_at: iso(batch.startAt),
    held: Boolean(batch.held), // hand-written SQL reads SQLite's 0/1
    template: batch.template,
    notify_email: batch.notifyEmail,
    retention_days: batch.retentionDays,
  };
}
