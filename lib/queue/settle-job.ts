// A run ended: store the result and mark the job completed, or record why it failed. The result
// is written in the same transaction as the status (replacing an earlier run's after a crash), and
// duplicates of the job take its outcome in it too. Hand-written SQL (lib/db/direct): on the hot path.
// The result arrives as JSON text, serialised in the PDF thread: the main thread never parses it.
import { directDb } from '../db/direct/direct-db';
import { query, type Op } from '../db/direct/op';
import type { DbProvider } from '../db/provider';
import type { Job } from '../generated/prisma/client';
import { notifyJob } from '../realtime/notify';
import type { ErrorType } from '../schemas/batch';
import { backoffMs, shouldRetry } from './retry-policy';
import type { StageTimes } from './job-attempts';
import { closeAttemptOp } from './sql/attempts';
import { mirrorDuplicatesOp, saveResultOp, updateOwnedJobOp } from './sql/owned-job';
import { refreshBatchOp } from './sql/refresh-batch';

/** `stages`: when the run reached its main stages, for its history. */
type Run = { id: string; batchId: string; startedAt: Date; stages?: StageTimes };
/** What the thread read: the result as JSON text, its page count and the document's type. */
export type Completed = { json: string; pages: number; documentType: string | null };

function* completeOp(provider: DbProvider, run: Run, workerId: string, result: Completed, now: Date): Op<Job[] | null> {
  const updated = yield* updateOwnedJobOp(
    run.id,
    workerId,
    {
      status: 'completed',
      stage: 'saved',
      progress: 100,
      pages: result.pages,
      finished_at: now,
      processing_ms: now.getTime() - run.startedAt.getTime(),
      lease_expires_at: null,
      document_type: result.documentType,
    },
    now,
  );
  if (!updated) return null;
  yield* closeAttemptOp(run.id, 'completed', now, null, run.stages);
  yield* saveResultOp(run.id, result.json, now);
  const duplicates = yield* mirrorDuplicatesOp(updated, now);
  yield* refreshBatchOp(provider, run.batchId, now);
  return [updated, ...duplicates];
}

export async function completeJob(run: Run, workerId: string, result: Completed, now = new Date()): Promise<boolean> {
  const direct = directDb();
  const settled = await direct.transaction(() => completeOp(direct.provider, run, workerId, result, now));
  for (const job of settled ?? []) notifyJob(job);
  return settled !== null;
}

type Failure = { errorType: ErrorType; message: string; partialJson?: string };
type Policy = { maxAttempts: number; backoffMs: number };

function* failOp(provider: DbProvider, run: Run, workerId: string, failure: Failure, policy: Policy, now: Date): Op<{ jobs: Job[] | null; retrying: boolean }> {
  const [row] = yield* query('SELECT attempts FROM jobs WHERE id = ?', run.id);
  const attempts = Number(row?.attempts ?? 0);
  const retrying = shouldRetry(failure.errorType, attempts, policy.maxAttempts);
  const common = { error: failure.message, error_type: failure.errorType, lease_expires_at: null };
  const updated = yield* updateOwnedJobOp(
    run.id,
    workerId,
    retrying
      ? // As requeued() (job-transitions.ts), keeping the error so the UI can say why it runs again.
        { ...common, status: 'queued', stage: 'queued', progress: 0, worker_id: null, run_at: new Date(now.getTime() + backoffMs(attempts, policy.backoffMs)) }
      : { ...common, status: 'failed', stage: 'failed', finished_at: now, processing_ms: now.getTime() - run.startedAt.getTime() },
    now,
  );
  if (!updated) return { jobs: null, retrying };
  yield* closeAttemptOp(run.id, retrying ? 'retrying' : 'failed', now, { errorType: failure.errorType, message: failure.message }, run.stages);
  // What was read before the failure is kept (result.partial is true); a later run replaces it.
  if (failure.partialJson) yield* saveResultOp(run.id, failure.partialJson, now);
  // A job going back to the queue keeps its duplicates waiting; one that failed for good fails them too.
  const duplicates = retrying ? [] : yield* mirrorDuplicatesOp(updated, now);
  yield* refreshBatchOp(provider, run.batchId, now);
  return { jobs: [updated, ...duplicates], retrying };
}

/**
 * A run failed (keeping its partial result, if it has one). A transient failure with attempts left goes back to the queue after a backoff
 * (keeping its error, so the UI can say why it runs again); any other ends the job as failed.
 */
export async function failJob(run: Run, workerId: string, failure: Failure, policy: Policy, now = new Date()): Promise<{ settled: boolean; retrying: boolean }> {
  const direct = directDb();
  const { jobs, retrying } = await direct.transaction(() => failOp(direct.provider, run, workerId, failure, policy, now));
  for (const job of jobs ?? []) notifyJob(job);
  return { settled: jobs !== null, retrying };
}
