// Takes the next queued job for a worker: the batch fair share picks (nextBatch), its jobs in
// upload order; nothing while the queue is paused. The claim is one conditional update (status
// must still be `queued`), so two claimers can never both win; the loser simply tries again. On
// Postgres, where many worker processes claim at once, the job is first locked with
// `FOR UPDATE SKIP LOCKED`, so concurrent claimers take different jobs instead of colliding.
// Hand-written SQL in one transaction (lib/db/direct): the claim is on the hot path.
import { dbProvider, type Db } from '../db/client';
import { directDb } from '../db/direct/direct-db';
import { query, type Op } from '../db/direct/op';
import type { DbProvider } from '../db/provider';
import { notifyJob } from '../realtime/notify';
import type { OcrMode } from '../pipeline/types';
import { JOB_STAGES, type Workflow } from '../schemas/batch';
import { toJob } from './sql/job-row';
import { openAttemptOp } from './sql/attempts';
import { refreshBatchOp } from './sql/refresh-batch';

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

/**
 * The batch to take a job from, in one statement (its one parameter: now): nothing while the
 * queue is paused; among the batches with a runnable job (duplicates never are: they take their
 * original's outcome, sql/owned-job.ts), the highest priority first; among equals, the batch
 * with the fewest jobs running, then the one served longest ago (never served first), then the
 * oldest (then by id, so both databases agree). So batches of equal priority take turns, and a
 * small batch is not starved behind a huge one. e2e/api/fair-share.test.ts runs both.
 */
const NEXT_BATCH_SQL: Record<DbProvider, string> = {
  postgresql: `
    SELECT b.id
    FROM batches b
    JOIN (SELECT DISTINCT batch_id FROM jobs WHERE status = 'queued' AND run_at <= ? AND duplicate_of IS NULL) w ON w.batch_id = b.id
    CROSS JOIN LATERAL (
      SELECT COUNT(*) FILTER (WHERE status = 'processing') AS running, MAX(started_at) AS last_claimed_at
      FROM jobs WHERE batch_id = b.id
    ) s
    WHERE b.status <> 'cancelled' AND NOT COALESCE((SELECT paused FROM queue_state WHERE id = 1), false)
      AND NOT b.held -- held until released; a later start_at is the jobs' run_at
    ORDER BY b.priority DESC, s.running ASC, s.last_claimed_at ASC NULLS FIRST, b.created_at ASC, b.id ASC
    LIMIT 1`,
  // SQLite: dates are ISO-8601 text in one format (the adapter's), so they compare as text.
  sqlite: `
    SELECT b.id
    FROM batches b
    JOIN (SELECT DISTINCT batch_id FROM jobs WHERE status = 'queued' AND run_at <= ? AND duplicate_of IS NULL) w ON w.batch_id = b.id
    WHERE b.status <> 'cancelled' AND NOT COALESCE((SELECT paused FROM queue_state WHERE id = 1), 0)
      AND NOT b.held -- held until released; a later start_at is the jobs' run_at
    ORDER BY b.priority DESC,
      (SELECT COUNT(*) FROM jobs r WHERE r.batch_id = b.id AND r.status = 'processing') ASC,
      (SELECT MAX(c.started_at) FROM jobs c WHERE c.batch_id = b.id) ASC NULLS FIRST,
      b.created_at ASC,
      b.id ASC
    LIMIT 1`,
};

/** The batch's first runnable job in upload order; on Postgres locked, skipping jobs other claimers hold. */
const FIRST_JOB_SQL = (provider: DbProvider) =>
  `SELECT id FROM jobs WHERE batch_id = ? AND status = 'queued' AND run_at <= ? AND duplicate_of IS NULL ORDER BY position LIMIT 1${provider === 'postgresql' ? ' FOR UPDATE SKIP LOCKED' : ''}`;

/** nextBatch through Prisma's client, for tests that arrange the queue with it. */
export async function nextBatch(client: Db, now: Date): Promise<string | null> {
  const provider = dbProvider();
  const rows = await client.$queryRawUnsafe<{ id: string }[]>(NEXT_BATCH_SQL[provider].replace('?', provider === 'postgresql' ? '$1' : '?'), now);
  return rows[0]?.id ?? null;
}

type Claim = { job: ReturnType<typeof toJob>; workflow: Workflow; ocr: OcrMode | null };

function* claimOp(provider: DbProvider, workerId: string, leaseMs: number, now: Date): Op<Claim | 'empty' | 'race'> {
  const [next] = yield* query(NEXT_BATCH_SQL[provider], now);
  if (!next) return 'empty';
  const batchId = next.id as string;
  const [first] = yield* query(FIRST_JOB_SQL(provider), batchId, now);
  if (!first) return 'race';
  const [claimed] = yield* query(
    `UPDATE jobs SET status = 'processing', stage = 'started', progress = ?, worker_id = ?, lease_expires_at = ?, attempts = attempts + 1,
       started_at = ?, finished_at = NULL, error = NULL, error_type = NULL, seq = seq + 1, updated_at = ?
     WHERE id = ? AND status = 'queued' AND duplicate_of IS NULL RETURNING *`,
    JOB_STAGES.started,
    workerId,
    new Date(now.getTime() + leaseMs),
    now,
    now,
    first.id,
  );
  if (!claimed) return 'race';
  const job = toJob(claimed);
  yield* openAttemptOp(job, now);
  const [batch] = yield* query('SELECT workflow, status, ocr FROM batches WHERE id = ?', batchId);
  // A claim changes its batch only when the batch was not yet processing (its first job).
  if (batch.status !== 'processing') yield* refreshBatchOp(provider, batchId, now);
  return { job, workflow: batch.workflow as Workflow, ocr: (batch.ocr as OcrMode | null) ?? null };
}

export async function claimNextJob(workerId: string, leaseMs: number, now = new Date()): Promise<ClaimedJob | null> {
  const direct = directDb();
  for (let race = 0; race < MAX_RACES; race++) {
    const claim = await direct.transaction(() => claimOp(direct.provider, workerId, leaseMs, now));
    if (claim === 'empty') return null;
    if (claim === 'race') continue;
    const { job } = claim;
    notifyJob(job);
    return {
      id: job.id,
      batchId: job.batchId,
      filename: job.filename,
      storagePath: job.storagePath,
      workflow: claim.workflow,
      ocr: claim.ocr,
      attempts: job.attempts,
      startedAt: now,
    };
  }
  return null;
}
