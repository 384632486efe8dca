// A new batch and its jobs written in one transaction by hand-written SQL (lib/db/direct): a batch
// of ten thousand files is ten thousand rows, which Prisma's createMany builds as one huge query
// held in memory (about 450 MB for 13,000 files, measured); here they go in as statements of a
// hundred rows each.
import { directDb } from '../db/direct/direct-db';
import { query, queryOnce, type Op } from '../db/direct/op';
import type { DbProvider } from '../db/provider';
import { refreshBatchOp } from '../queue/sql/refresh-batch';
import type { BatchSummary } from '../schemas/batch';

export type NewBatch = {
  id: string;
  name: string;
  workflow: string;
  ocr: string | null;
  priority: number;
  totalFiles: number;
  /** Scheduling (its jobs' run_at), hold, e-mail, retention and template (lib/batches/resolve-batch-settings.ts). */
  startAt: Date | null;
  held: boolean;
  notifyEmail: string | null;
  retentionDays: number | null;
  template: string | null;
};

/** A job row as it is created: queued (maybe as a duplicate), or already failed when its file was refused. */
export type NewJob = {
  id: string;
  position: number;
  filename: string;
  storagePath: string;
  sizeBytes: number;
  sha256: string;
  duplicateOf: string | null;
  failure: string | null;
};

const ROWS_PER_STATEMENT = 100;
const JOB_COLUMNS = 'id, batch_id, position, filename, storage_path, size_bytes, sha256, status, stage, error_type, error, finished_at, duplicate_of, created_at, updated_at, run_at';
const JOB_PLACEHOLDERS = `(${JOB_COLUMNS.split(', ').map(() => '?').join(', ')})`;

function jobValues(batchId: string, job: NewJob, now: Date, runAt: Date): unknown[] {
  const failed = job.failure !== null;
  return [
    job.id,
    batchId,
    job.position,
    job.filename,
    job.storagePath,
    job.sizeBytes,
    job.sha256,
    failed ? 'failed' : 'queued',
    failed ? 'failed' : 'queued',
    failed ? 'validation_error' : null,
    job.failure,
    failed ? now : null,
    job.duplicateOf,
    now,
    now,
    runAt,
  ];
}

function* insertBatchOp(provider: DbProvider, batch: NewBatch, jobs: NewJob[], now: Date): Op<BatchSummary | null> {
  yield* query(
    'INSERT INTO batches (id, name, workflow, ocr, priority, total_files, created_at, updated_at, start_at, held, notify_email, retention_days, template) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    batch.id,
    batch.name,
    batch.workflow,
    batch.ocr,
    batch.priority,
    batch.totalFiles,
    now,
    now,
    batch.startAt,
    batch.held,
    batch.notifyEmail,
    batch.retentionDays,
    batch.template,
  );
  for (let start = 0; start < jobs.length; start += ROWS_PER_STATEMENT) {
    const chunk = jobs.slice(start, start + ROWS_PER_STATEMENT);
    const sql = `INSERT INTO jobs (${JOB_COLUMNS}) VALUES ${chunk.map(() => JOB_PLACEHOLDERS).join(', ')}`;
    const values = chunk.flatMap((job) => jobValues(batch.id, job, now, batch.startAt ?? now));
    // Full chunks share one prepared statement; the last, shorter one is used once.
    if (chunk.length === ROWS_PER_STATEMENT) yield* query(sql, ...values);
    else yield* queryOnce(sql, ...values);
  }
  return yield* refreshBatchOp(provider, batch.id, now);
}

export async function insertBatch(batch: NewBatch, jobs: NewJob[], now: Date): Promise<BatchSummary | null> {
  const direct = directDb();
  return direct.transaction(() => insertBatchOp(direct.provider, batch, jobs, now));
}
