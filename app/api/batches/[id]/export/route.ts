// GET /api/batches/:id/export?status=&include=originals - the batch's results as a ZIP, streamed as it is built
import { parseQuery, route } from '@/lib/http/respond';
import { contentDisposition } from '@/lib/jobs/content-disposition';
import { exportQuerySchema, openBatchExport } from '@/lib/export/batch-export';
import { toWebStream } from '@/lib/export/web-stream';
import { zipStream } from '@/lib/export/zip-writer';
import { batchLog } from '@/lib/log-context';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

export const GET = route(async (request, { params }: Context) => {
  const query = parseQuery(request, exportQuerySchema);
  const batchId = (await params).id;
  const zip = await openBatchExport(batchId, query);
  return new Response(toWebStream(zipStream(zip.entries), 'export', batchLog(batchId)), {
    headers: {
      'content-type': 'application/zip',
      'content-disposition': contentDisposition('attachment', zip.filename),
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    },
  });
});
