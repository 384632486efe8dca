// GET /api/batches/:id/summary?status= - the export's summary.json alone: the batch, its totals, one row per document
import { parseQuery, route } from '@/lib/http/respond';
import { summaryQuerySchema } from '@/lib/export/batch-export';
import { loadSummaryHead, summaryDocuments } from '@/lib/export/summary';
import { summaryJson } from '@/lib/export/summary-files';
import { toWebStream, utf8 } from '@/lib/export/web-stream';
import { batchLog } from '@/lib/log-context';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

export const GET = route(async (request, { params }: Context) => {
  const statuses = parseQuery(request, summaryQuerySchema).status ?? null;
  const batchId = (await params).id;
  const head = await loadSummaryHead(batchId, statuses);
  return new Response(toWebStream(utf8(summaryJson(head, summaryDocuments(batchId, statuses))), 'summary', batchLog(batchId)), {
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' },
  });
});
