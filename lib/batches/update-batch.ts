// PATCH /api/batches/:id - rename a batch or change its priority (takes effect at the next claim).
import { db } from '../db/client';
import { notFound } from '../errors';
import { publishBatchSummary } from '../realtime/notify';
import type { BatchSummary, UpdateBatchBody } from '../schemas/batch';
import { getBatchSummary } from './get-batch';

export async function updateBatch(batchId: string, changes: UpdateBatchBody): Promise<BatchSummary> {
  const client = await db();
  const { count } = await client.batch.updateMany({
    where: { id: batchId },
    data: { ...changes, seq: { increment: 1 } },
  });
  if (count === 0) throw notFound('batch', batchId);
  const summary = await getBatchSummary(batchId);
  publishBatchSummary(summary);
  return summary;
}
