// Takes the next queued job for a worker: the batch fair share picks (nextBatch), its jobs in
// upload order; nothing while the queue is paused. The claim is one conditional update (status
// must still be `queued`), so two claimers can never both win; the loser simply tries again. On
// Postgres, where many worker processes claim at once, the job is first locked with
// `FOR UPDATE SKIP LOCKED`, so concurrent claimers take different jobs instead of colliding.
import { db, dbProvider, type Db } from '../db/client';
import type { Prisma } from '../generated/prisma/client';
import { refreshBatch } from '../batches/refresh-batch';
import { notifyJob } from '../realtime/notify';
import type { OcrMode } from '../pipeline/types';
import { JOB_STAGES, type Workflow } from '../schemas/batch';
import { openAttempt } from './job-attempts';

export type ClaimedJob = {
  id: string;
  batchId: string;
  filename: string;
  storagePath: string;
  workflow: Workflow;
  /** The batch's OCR mode; null: the server's default (OCR). */
  ocr: OcrMode | null;
  attempts: number;
  startedAt: Date;
};

const MAX_RACES = 5;

const runnable = (now: Date) => ({ status: 'queued', runAt: { lte: now }, duplicateOf: null });

/**
 * The batch to take a job from, in one statement: nothing while the queue is paused; among the
 * batches with a runnable job (duplicates never are: they take their original's outcome,
 * mirror-duplicates.ts), the highest priority first; among equals, the batch with the fewest jobs
 * running, then the one served longest ago (never served first), then the oldest (then by id, so
 * both databases agree). So batches of
 * equal priority take turns, and a small batch is not starved behind a huge one. One statement
 * per claim instead of five queries: fewer round trips on Postgres, and on both less work for the
 * Prisma client, which leaves garbage with every query. e2e/api/fair-share.test.ts runs both.
 */
export async function nextBatch(client: Db, now: Date): Promise<string | null> {
  const rows =
    dbProvider() === 'postgresql'
      ? await client.$queryRaw<{ id: string }[]>`
          SELECT b.id
          FROM batches b
          JOIN (SELECT DISTINCT batch_id FROM jobs WHERE status = 'queued' AND run_at <= ${now} AND duplicate_of IS NULL) w ON w.batch_id = b.id
          CROSS JOIN LATERAL (
            SELECT COUNT(*) FILTER (WHERE status = 'processing') AS running, MAX(started_at) AS last_claimed_at
            FROM jobs WHERE batch_id = b.id
          ) s
          WHERE b.status <> 'cancelled' AND NOT COALESCE((SELECT paused FROM queue_state WHERE id = 1), false)
          ORDER BY b.priority DESC, s.running ASC, s.last_claimed_at ASC NULLS FIRST, b.created_at ASC, b.id ASC
          LIMIT 1`
      : // SQLite: dates are ISO-8601 text in one format (the adapter's), so they compare as text.
        await client.$queryRaw<{ id: string }[]>`
          SELECT b.id
          FROM batches b
          JOIN (SELECT DISTINCT batch_id FROM jobs WHERE status = 'queued' AND run_at <= ${now} AND duplicate_of IS NULL) w ON w.batch_id = b.id
          WHERE b.status <> 'cancelled' AND NOT COALESCE((SELECT paused FROM queue_state WHERE id = 1), 0)
          ORDER BY b.priority DESC,
            (SELECT COUNT(*) FROM jobs r WHERE r.batch_id = b.id AND r.status = 'processing') ASC,
            (SELECT MAX(c.started_at) FROM jobs c WHERE c.batch_id = b.id) ASC NULLS FIRST,
            b.created_at ASC,
            b.id ASC
          LIMIT 1`;
  return rows[0]?.id ?? null;
}

/** The batch's first runnable job in upload order; on Postgres locked, skipping jobs other claimers hold. */
async function firstRunnableJob(tx: Prisma.TransactionClient, batchId: string, now: Date): Promise<string | null> {
  if (dbProvider() === 'postgresql') {
    const rows = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM jobs
      WHERE batch_id = ${batchId} AND status = 'queued' AND run_at <= ${now} AND duplicate_of IS NULL
      ORDER BY position LIMIT 1 FOR UPDATE SKIP LOCKED`;
    return rows[0]?.id ?? null;
  }
  const job = await tx.job.findFirst({ where: { batchId, ...runnable(now) }, orderBy: { position: 'asc' }, select: { id: true } });
  return job?.id ?? null;
}

export async function claimNextJob(workerId: string, leaseMs: number, now = new Date()): Promise<ClaimedJob | null> {
  const client = await db();
  for (let race = 0; race < MAX_RACES; race++) {
    const batchId = await nextBatch(client, now);
    if (!batchId) return null;
    const claimed = await client.$transaction(async (tx) => {
      const id = await firstRunnableJob(tx, batchId, now);
      if (!id) return null;
      const { count } = await tx.job.updateMany({
        where: { id, status: 'queued', duplicateOf: null },
        data: {
          status: 'processing',
          stage: 'started',
          progress: JOB_STAGES.started,
          workerId,
          leaseExpiresAt: new Date(now.getTime() + leaseMs),
          attempts: { increment: 1 },
          startedAt: now,
          finishedAt: null,
          error: null,
          errorType: null,
          seq: { increment: 1 },
        },
      });
      if (count === 0) return null;
      const job = await tx.job.findUniqueOrThrow({ where: { id }, include: { batch: { select: { workflow: true, status: true, ocr: true } } } });
      await openAttempt(tx, job, now);
      // A claim changes its batch only when the batch was not yet processing (its first job).
      if (job.batch.status !== 'processing') await refreshBatch(tx, job.batchId, now);
      return job;
    });
    if (!claimed) continue;
    const { batch, ...job } = claimed;
    notifyJob(job);
    return {
      id: job.id,
      batchId: job.batchId,
      filename: job.filename,
      storagePath: job.storagePath,
      workflow: batch.workflow as Workflow,
      ocr: (batch.ocr as OcrMode | null) ?? null,
      attempts: job.attempts,
      startedAt: now,
    };
  }
  return null;
}
