// The column values of each job transition that more than one operation makes, in one place.
import type { Prisma } from '../generated/prisma/client';

/** Back to the queue, to run from the start (retry, recovery, shutdown hand-back). */
export const requeued = (runAt = new Date()): Prisma.JobUpdateManyMutationInput => ({
  status: 'queued',
  stage: 'queued',
  progress: 0,
  workerId: null,
  leaseExpiresAt: null,
  runAt,
  seq: { increment: 1 },
});

/** Stopped by a person: queued jobs at once, running ones as their thread is ended. */
export const cancelled = (now = new Date()): Prisma.JobUpdateManyMutationInput => ({
  status: 'cancelled',
  stage: 'cancelled',
  error: 'Cancelled.',
  errorType: null,
  workerId: null,
  leaseExpiresAt: null,
  finishedAt: now,
  seq: { increment: 1 },
});

/** A retried job starts clean: no error, no end time. */
export const retried = (now = new Date()): Prisma.JobUpdateManyMutationInput => ({
  ...requeued(now),
  error: null,
  errorType: null,
  finishedAt: null,
  processingMs: null,
  documentType: null,
});
