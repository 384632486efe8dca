// Finished batches past their retention are deleted, files and all: a batch's own retention_days
// (from its template; 0 keeps it for ever), else RETENTION_DAYS (0: kept for ever).
import { db } from '../db/client';
import { deleteBatch } from './delete-batch';
import { AppError } from '../errors';

const FINISHED = ['completed', 'completed_with_errors', 'failed', 'cancelled'];
const DAY_MS = 86_400_000;

export async function expireBatches(retentionDays: number, now = new Date()): Promise<number> {
  const client = await db();
  // One query per retention in use: the server's for batches without their own, then each batch-set one.
  const own = await client.batch.findMany({ where: { retentionDays: { gt: 0 } }, distinct: ['retentionDays'], select: { retentionDays: true } });
  const rules = [
    ...(retentionDays > 0 ? [{ retentionDays: null as number | null, days: retentionDays }] : []),
    ...own.map((r) => ({ retentionDays: r.retentionDays, days: r.retentionDays ?? 0 })),
  ];
  let deleted = 0;
  for (const rule of rules) {
    const old = await client.batch.findMany({
      where: { status: { in: FINISHED }, retentionDays: rule.retentionDays, finishedAt: { lt: new Date(now.getTime() - rule.days * DAY_MS) } },
      select: { id: true },
    });
    for (const { id } of old) {
      try {
        await deleteBatch(id);
        deleted++;
      } catch (err) {
        if (!(err instanceof AppError && err.code === 'not_found')) throw err;
      }
    }
  }
  return deleted;
}
