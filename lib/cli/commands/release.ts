// `pdf-batch release <batch_id>`: a held or scheduled batch starts now.
import type { PdfBatchClient } from '../../client/pdf-batch-client';
import type { Output } from '../output';
import { batchOutcome } from '../progress';

export async function release(client: PdfBatchClient, batchId: string, out: Output): Promise<number> {
  const batch = await client.releaseBatch(batchId);
  out.result(`Released: its files start now. ${batchOutcome(batch)}`, batch);
  return 0;
}
