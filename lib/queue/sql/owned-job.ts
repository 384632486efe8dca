// Hot-path SQL for the changes only a job's current owner may make (as lib/queue/owned-job.ts):
// applied only while the job is still `processing` under this worker, bumping `seq`.
import { query, type Op } from '../../db/direct/op';
import type { Job } from '../../generated/prisma/client';
import { toJob } from './job-row';

/** `set`: column → value (column names are the code's own, never input). */
export function* updateOwnedJobOp(jobId: string, workerId: string, set: Record<string, unknown>, now: Date): Op<Job | null> {
  const columns = Object.keys(set);
  const [row] = yield* query(
    `UPDATE jobs SET ${columns.map((c) => `${c} = ?`).join(', ')}, seq = seq + 1, updated_at = ? WHERE id = ? AND worker_id = ? AND status = 'processing' RETURNING *`,
    ...Object.values(set),
    now,
    jobId,
    workerId,
  );
  return row ? toJob(row) : null;
}

/** mirrorDuplicates (lib/queue/mirror-duplicates.ts) on the hot path: the original's end state to its waiting duplicates. */
export function* mirrorDuplicatesOp(original: Job, now: Date): Op<Job[]> {
  const rows = yield* query(
    `UPDATE jobs SET status = ?, stage = ?, progress = ?, pages = ?, error = ?, error_type = ?, finished_at = ?, document_type = ?, worker_id = NULL,
       lease_expires_at = NULL, seq = seq + 1, updated_at = ?
     WHERE duplicate_of = ? AND status = 'queued' RETURNING *`,
    original.status,
    original.stage,
    original.progress,
    original.pages,
    original.error,
    original.errorType,
    original.finishedAt,
    original.documentType,
    now,
    original.id,
  );
  return rows.map(toJob);
}

/** The job's result, replaced when a run repeats. */
export function* saveResultOp(jobId: string, json: string, now: Date): Op<void> {
  yield* query('INSERT INTO results (job_id, data, created_at) VALUES (?, ?, ?) ON CONFLICT (job_id) DO UPDATE SET data = excluded.data', jobId, json, now);
}
