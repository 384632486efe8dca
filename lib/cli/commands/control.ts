// `pdf-batch cancel <id>` and `retry <id>`: the id of a batch, or else of one job.
import { ApiError } from '../../client/api-error';
import type { PdfBatchClient } from '../../client/pdf-batch-client';
import type { Output } from '../output';
import { batchOutcome, jobLine } from '../progress';

const isNotFound = (error: unknown) => error instanceof ApiError && error.status === 404;

export async function control(client: PdfBatchClient, action: 'cancel' | 'retry', id: string, out: Output): Promise<number> {
  try {
    const batch = action === 'cancel' ? await client.cancelBatch(id) : await client.retryBatch(id);
    out.result(`${action === 'cancel' ? 'Cancelled' : 'Queued again'}. ${batchOutcome(batch)}`, batch);
    return 0;
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
  try {
    const job = action === 'cancel' ? await client.cancelJob(id) : await client.retryJob(id);
    out.result(jobLine(job), job);
    return 0;
  } catch (error) {
    if (isNotFound(error)) throw new ApiError('not_found', `No batch or job with id "${id}".`, 404);
    throw error;
  }
}
