// refreshBatch (lib/batches/refresh-batch.ts) as a hot-path operation: after a claim or a settle,
// the batch row's status and timestamps brought up to date from its jobs, in the same transaction.
import { deriveBatchStatus, isFinishedBatchStatus } from '../../batches/derive-status';
import { addCountGroup, emptyCounts, type JobCounts } from '../../batches/job-counts';
import { query, type Op } from '../../db/direct/op';
import { queueBatchEmailOp } from '../../email/queue-batch-email';
import type { BatchStatus, BatchSummary, JobStatus } from '../../schemas/batch';
import { toBatchSummary } from '../../batches/serialize';
import { toBatch } from './job-row';

/** The batch's jobs counted by status (lib/batches/job-counts.ts), in one grouped query. */
function* jobCountsOp(batchId: string): Op<JobCounts> {
  const counts = emptyCounts();
  const groups = yield* query('SELECT status, COUNT(*) AS n, SUM(progress) AS progress, SUM(seq) AS seq FROM jobs WHERE batch_id = ? GROUP BY status', batchId);
  for (const g of groups) addCountGroup(counts, g.status as JobStatus, Number(g.n), Number(g.progress ?? 0), Number(g.seq ?? 0));
  return counts;
}

/**
 * The batch's summary as it is, changing nothing (null when there is no such batch): what its
 * watchers are sent a few times a second while it runs (realtime/notify.ts), so not through Prisma,
 * whose generic queries cost the main thread several times as much.
 */
export function* batchSummaryOp(batchId: string): Op<BatchSummary | null> {
  const [row] = yield* query('SELECT * FROM batches WHERE id = ?', batchId);
  if (!row) return null;
  return toBatchSummary(toBatch(row), yield* jobCountsOp(batchId));
}

/** The batch's summary as it now is (null when there is no such batch). */
export function* refreshBatchOp(provider: 'sqlite' | 'postgresql', batchId: string, now: Date): Op<BatchSummary | null> {
  // As refreshBatch: on Postgres the batch row is locked before counting, so the last of several
  // workers settling jobs of one batch counts everyone's committed changes.
  const [row] = yield* query(`SELECT * FROM batches WHERE id = ?${provider === 'postgresql' ? ' FOR UPDATE' : ''}`, batchId);
  if (!row) return null;
  const batch = toBatch(row);
  const counts = yield* jobCountsOp(batchId);
  const status = deriveBatchStatus(batch.status as BatchStatus, counts, batch.totalFiles);
  const startedAt = batch.startedAt ?? (status !== 'queued' ? now : null);
  const finishedAt = isFinishedBatchStatus(status) ? (batch.finishedAt ?? now) : null;
  if (status === batch.status && startedAt === batch.startedAt && finishedAt === batch.finishedAt) return toBatchSummary(batch, counts);
  const [updated] = yield* query('UPDATE batches SET status = ?, started_at = ?, finished_at = ?, seq = seq + 1, updated_at = ? WHERE id = ? RETURNING *', status, startedAt, finishedAt, now, batchId);
  if (finishedAt && !batch.finishedAt) yield* queueBatchEmailOp(batch, finishedAt, now); // the batch has just ended
  return toBatchSummary(toBatch(updated), counts);
}
