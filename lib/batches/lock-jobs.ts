// On Postgres, transactions that change several jobs of a batch run side by side (web nodes
// cancelling, workers settling), and row locks taken in different orders deadlock. Every
// transaction takes them in one order: jobs that are originals before duplicates, each by id,
// and the batch row last (refresh-batch.ts). Settling locks its job, then that job's duplicates;
// these helpers make bulk changes (cancel, retry, delete) follow the same order. SQLite runs one
// writing transaction at a time and needs none of this, but a transaction that reads before it
// writes takes the write lock first (takeWriteLock).
import { dbProvider, type Db } from '../db/client';
import { Prisma } from '../generated/prisma/client';

type Tx = Pick<Db, '$queryRaw'>;

/**
 * SQLite: takes the database's write lock as the transaction's first statement. Prisma begins a
 * deferred transaction; one that reads first and writes later fails at once (SQLITE_BUSY_SNAPSHOT,
 * no waiting) when the queue's own connection (lib/db/direct) committed in between. A write first
 * makes it wait its turn instead. (Postgres needs nothing here.)
 */
export async function takeWriteLock(tx: Pick<Db, '$executeRaw'>, batchId: string): Promise<void> {
  if (dbProvider() !== 'sqlite') return;
  await tx.$executeRaw`UPDATE batches SET seq = seq WHERE id = ${batchId}`;
}

/** Locks the jobs `ids`, in the shared order. */
export async function lockJobs(tx: Tx, ids: readonly string[]): Promise<void> {
  if (dbProvider() !== 'postgresql' || ids.length === 0) return;
  await tx.$queryRaw`SELECT id FROM jobs WHERE id IN (${Prisma.join([...ids])}) ORDER BY (duplicate_of IS NOT NULL), id FOR UPDATE`;
}

/** Locks every job of the batch, in the shared order (before deleting the batch row). */
export async function lockBatchJobs(tx: Tx, batchId: string): Promise<void> {
  if (dbProvider() !== 'postgresql') return;
  await tx.$queryRaw`SELECT id FROM jobs WHERE batch_id = ${batchId} ORDER BY (duplicate_of IS NOT NULL), id FOR UPDATE`;
}
