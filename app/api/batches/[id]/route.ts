// GET /api/batches/:id - a batch with its jobs
// PATCH /api/batches/:id - rename it or change its priority ({ "name", "priority" })
// DELETE /api/batches/:id - delete it with its jobs, results and files (running jobs are stopped)
import { deleteBatch } from '@/lib/batches/delete-batch';
import { getBatch } from '@/lib/batches/get-batch';
import { updateBatch } from '@/lib/batches/update-batch';
import { json, parseJsonBody, route } from '@/lib/http/respond';
import { updateBatchBodySchema } from '@/lib/schemas/batch';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

export const GET = route(async (_request, { params }: Context) => json(await getBatch((await params).id)));

export const PATCH = route(async (request, { params }: Context) =>
  json(await updateBatch((await params).id, await parseJsonBody(request, updateBatchBodySchema))),
);

export const DELETE = route(async (_request, { params }: Context) => {
  await deleteBatch((await params).id);
  return new Response(null, { status: 204 });
});
