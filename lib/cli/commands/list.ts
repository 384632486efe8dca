// `pdf-batch list`: the most recent batches as a table (id, status, progress, counts, name).
import type { PdfBatchClient } from '../../client/pdf-batch-client';
import type { Output } from '../output';

export async function list(client: PdfBatchClient, limit: number, out: Output): Promise<number> {
  const page = await client.listBatches({ limit });
  const rows = page.batches.map((b) =>
    [b.batch_id, b.status.padEnd(21), `${String(Math.floor(b.progress)).padStart(3)}%`, `${b.completed + b.failed + b.cancelled}/${b.total_files}`.padStart(9), b.name].join('  '),
  );
  const text = rows.length ? [`${page.batches.length} of ${page.total} batches, newest first:`, ...rows].join('\n') : 'No batches yet.';
  out.result(text, page);
  return 0;
}
