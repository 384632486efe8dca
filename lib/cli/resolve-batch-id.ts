// A batch named on the command line by the start of its id (`status 8ff1cf87`), as people copy
// it from a list: the one batch whose id starts so, else a message saying none or which ones.
import { ApiError } from '../client/api-error';
import type { PdfBatchClient } from '../client/pdf-batch-client';

const FULL_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PAGE = 100;

export async function resolveBatchId(client: PdfBatchClient, given: string): Promise<string> {
  if (FULL_ID.test(given)) return given;
  const prefix = given.toLowerCase();
  const matches: { id: string; name: string }[] = [];
  let cursor: string | null = null;
  do {
    const page = await client.listBatches({ limit: PAGE, cursor });
    for (const b of page.batches) if (b.batch_id.toLowerCase().startsWith(prefix)) matches.push({ id: b.batch_id, name: b.name });
    cursor = page.next_cursor;
  } while (cursor && matches.length < 2);
  if (matches.length === 1) return matches[0].id;
  // None: perhaps a job id (cancel and retry take those), which the server answers for itself.
  if (matches.length === 0) return given;
  const named = matches.map((m) => `${m.id} ("${m.name}")`).join(', ');
  throw new ApiError('ambiguous', `More than one batch id starts with "${given}": ${named}. Give more of the id.`, 400);
}
