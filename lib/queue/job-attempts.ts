// The history of a job's runs (job_attempts): a row opened when a worker claims the job, closed
// with how the run ended and when it reached its main stages (the worker loop notes each stage as
// its thread reports it; the job row itself only gets the latest, coalesced). Every write happens in
// the transaction of the job change it records, so the history never disagrees with the job.
import type { Db } from '../db/client';
import type { Prisma } from '../generated/prisma/client';
import type { ErrorType } from '../schemas/batch';

type Tx = Pick<Db, 'jobAttempt'>;

/** How a run ended: the job's end state, back in the queue after a failure, or taken back from a worker that went away. */
export type AttemptOutcome = 'completed' | 'failed' | 'retrying' | 'cancelled' | 'requeued';

/** The stages whose time a run records (the page-by-page stages in between are progress only). */
const STAMPED = { loaded: 'loadedAt', extracted: 'extractedAt', analysed: 'analysedAt' } as const;
export type StampedStage = keyof typeof STAMPED;
export type StageTimes = Partial<Record<StampedStage, Date>>;

export const isStampedStage = (stage: string): stage is StampedStage => Object.hasOwn(STAMPED, stage);

export async function openAttempt(tx: Tx, job: { id: string; attempts: number; workerId: string | null }, startedAt: Date): Promise<void> {
  await tx.jobAttempt.create({ data: { jobId: job.id, attempt: job.attempts, workerId: job.workerId ?? 'unknown', startedAt } });
}

/** Closes the open run of each job in `jobIds` (a job has at most one). */
export async function closeAttempts(
  tx: Tx,
  jobIds: readonly string[],
  outcome: AttemptOutcome,
  at: Date,
  failure?: { errorType: ErrorType | null; message: string | null },
  stages: StageTimes = {},
): Promise<void> {
  if (jobIds.length === 0) return;
  const data: Prisma.JobAttemptUpdateManyMutationInput = { finishedAt: at, outcome, errorType: failure?.errorType ?? null, error: failure?.message ?? null };
  for (const [stage, time] of Object.entries(stages)) data[STAMPED[stage as StampedStage]] = time;
  await tx.jobAttempt.updateMany({ where: { jobId: { in: [...jobIds] }, finishedAt: null }, data });
}
