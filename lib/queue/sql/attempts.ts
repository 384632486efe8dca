// The run history (job_attempts, see ../job-attempts.ts) on the hot path: a run opened by the claim
// and closed by the settle, in their transactions.
import { query, type Op } from '../../db/direct/op';
import type { Job } from '../../generated/prisma/client';
import type { ErrorType } from '../../schemas/batch';
import type { AttemptOutcome, StageTimes } from '../job-attempts';

export function* openAttemptOp(job: Job, startedAt: Date): Op<void> {
  yield* query('INSERT INTO job_attempts (job_id, attempt, worker_id, started_at) VALUES (?, ?, ?, ?)', job.id, job.attempts, job.workerId ?? 'unknown', startedAt);
}

/** Closes the job's open run (as closeAttempts), keeping stage times it already has when `stages` lacks them. */
export function* closeAttemptOp(
  jobId: string,
  outcome: AttemptOutcome,
  at: Date,
  failure: { errorType: ErrorType | null; message: string | null } | null,
  stages: StageTimes = {},
): Op<void> {
  yield* query(
    `UPDATE job_attempts SET finished_at = ?, outcome = ?, error_type = ?, error = ?,
       loaded_at = COALESCE(?, loaded_at), extracted_at = COALESCE(?, extracted_at), analysed_at = COALESCE(?, analysed_at)
     WHERE job_id = ? AND finished_at IS NULL`,
    at,
    outcome,
    failure?.errorType ?? null,
    failure?.message ?? null,
    stages.loaded ?? null,
    stages.extracted ?? null,
    stages.analysed ?? null,
    jobId,
  );
}
