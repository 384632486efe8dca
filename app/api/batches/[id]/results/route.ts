// GET /api/batches/:id/results?limit=&cursor= - the batch's totals and a page of per-file result summaries
import { json, parseQuery, route } from '@/lib/http/respond';
import { listBatchResults, listResultsQuerySchema } from '@/lib/jobs/list-results';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

export const GET = route(async (request, { params }: Context) =>
  json(await listBatchResults((await params).id, parseQuery(request, listResultsQuerySchema))),
);
