// GET /api/batches/:id/jobs?status= - a batch's jobs, optionally of one status
import { getBatch } from '@/lib/batches/get-batch';
import { json, parseQuery, route } from '@/lib/http/respond';
import { listJobsQuerySchema } from '@/lib/schemas/batch';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

export const GET = route(async (request, { params }: Context) => {
  const { jobs } = await getBatch((await params).id, parseQuery(request, listJobsQuerySchema));
  return json({ jobs });
});
