// `pdf-batch status <batch_id>`: the batch's state and counts, and why each failed document failed.
import { WORKFLOW_LABELS } from '../../client/labels';
import type { PdfBatchClient } from '../../client/pdf-batch-client';
import type { Output } from '../output';
import { batchOutcome, jobLine } from '../progress';

export async function status(client: PdfBatchClient, batchId: string, out: Output): Promise<number> {
  const batch = await client.getBatch(batchId);
  const lines = [batchOutcome(batch), `${WORKFLOW_LABELS[batch.workflow]}, priority ${batch.priority}, ${Math.floor(batch.progress)}% done, created ${batch.created_at.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')}.`];
  const failed = batch.jobs.filter((j) => j.status === 'failed' || j.status === 'cancelled');
  if (failed.length) lines.push('', ...failed.map(jobLine));
  out.result(lines.join('\n'), batch);
  return batch.failed;
}
