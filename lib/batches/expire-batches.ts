// RETENTION_DAYS: finished batches older than that are deleted, files and all.
import { db } from '../db/client';
import { deleteBatch } from './delete-batch';
import { AppError } from '../errors';

const FINISHED = ['completed', 'completed_with_errors', 'failed', 'cancelled'];

export async function expireBatches(retentionDays: number, now = new Date()): Promise<number> {
  if (retentionDays <= 0) return 0;
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000);
  const client = await db();
  const old = await client.batch.findMany({
    where: { status: { in: FINISHED }, finishedAt: { lt: cutoff } },
    select: { id: true },
  });
  let deleted = 0;
  for (const { id } of old) {
    try {
      await deleteBatch(id);
      deleted++;
    } catch (err) {
      if (!(err instanceof AppError && err.code === 'not_found')) throw err;
    }
  }
  return deleted;
}
