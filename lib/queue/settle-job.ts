// A run ended: store the result and mark the job completed, or record why it failed. The result
// is written with an upsert in the same transaction as the status, so a repeated run (after a
// crash) replaces it instead of adding a second one. Duplicates of the job take its outcome in the
// same transaction.
import { db } from '../db/client';
import { refreshBatch } from '../batches/refresh-batch';
import type { DocumentResult } from '../pipeline/types';
import { notifyJob } from '../realtime/notify';
import type { ErrorType } from '../schemas/batch';
import { closeAttempts, type StageTimes } from './job-attempts';
import { requeued } from './job-transitions';
import { mirrorDuplicates } from './mirror-duplicates';
import { updateOwnedJob } from './owned-job';
import { backoffMs, shouldRetry } from './retry-policy';

/** `stages`: when the run reached its main stages, for its history. */
type Run = { id: string; batchId: string; startedAt: Date; stages?: StageTimes };

export async function completeJob(run: Run, workerId: string, result: DocumentResult, now = new Date()): Promise<boolean> {
  const client = await db();
  const data = JSON.stringify(result);
  const settled = await client.$transaction(async (tx) => {
    const updated = await updateOwnedJob(tx, run.id, workerId, {
      status: 'completed',
      stage: 'saved',
      progress: 100,
      pages: result.metadata.page_count,
      finishedAt: now,
      processingMs: now.getTime() - run.startedAt.getTime(),
      leaseExpiresAt: null,
      documentType: result.classification?.final_category ?? null,
    });
    if (!updated) return null;
    await closeAttempts(tx, [run.id], 'completed', now, undefined, run.stages);
    await tx.result.upsert({ where: { jobId: run.id }, create: { jobId: run.id, data }, update: { data } });
    const duplicates = await mirrorDuplicates(tx, updated);
    await refreshBatch(tx, run.batchId, now);
    return [updated, ...duplicates];
  });
  for (const job of settled ?? []) notifyJob(job);
  return settled !== null;
}

/**
 * A run failed (keeping its partial result, if it has one). A transient failure with attempts left goes back to the queue after a backoff
 * (keeping its error, so the UI can say why it runs again); any other ends the job as failed.
 */
export async function failJob(
  run: Run,
  workerId: string,
  failure: { errorType: ErrorType; message: string; partial?: DocumentResult },
  policy: { maxAttempts: number; backoffMs: number },
  now = new Date(),
): Promise<{ settled: boolean; retrying: boolean }> {
  const client = await db();
  const attempts = (await client.job.findUnique({ where: { id: run.id }, select: { attempts: true } }))?.attempts ?? 0;
  const retrying = shouldRetry(failure.errorType, attempts, policy.maxAttempts);
  const common = { error: failure.message, errorType: failure.errorType, leaseExpiresAt: null };
  const settled = await client.$transaction(async (tx) => {
    const updated = await updateOwnedJob(
      tx,
      run.id,
      workerId,
      retrying
        ? { ...requeued(new Date(now.getTime() + backoffMs(attempts, policy.backoffMs))), ...common }
        : { ...common, status: 'failed', stage: 'failed', finishedAt: now, processingMs: now.getTime() - run.startedAt.getTime() },
    );
    if (!updated) return null;
    await closeAttempts(tx, [run.id], retrying ? 'retrying' : 'failed', now, { errorType: failure.errorType, message: failure.message }, run.stages);
    if (failure.partial) {
      // What was read before the failure is kept (result.partial is true); a later run replaces it.
      const data = JSON.stringify(failure.partial);
      await tx.result.upsert({ where: { jobId: run.id }, create: { jobId: run.id, data }, update: { data } });
    }
    // A job going back to the queue keeps its duplicates waiting; one that failed for good fails them too.
    const duplicates = retrying ? [] : await mirrorDuplicates(tx, updated);
    await refreshBatch(tx, run.batchId, now);
    return [updated, ...duplicates];
  });
  for (const job of settled ?? []) notifyJob(job);
  return { settled: settled !== null, retrying };
}
