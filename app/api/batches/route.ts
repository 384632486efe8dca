// GET /api/batches - list batches, newest first
// POST /api/batches - upload files (multipart, repeated "files") and create a batch
import { createBatch } from '@/lib/batches/create-batch';
import { listBatches } from '@/lib/batches/list-batches';
import { json, parseQuery, route } from '@/lib/http/respond';
import { listBatchesQuerySchema } from '@/lib/schemas/batch';

export const dynamic = 'force-dynamic';

export const GET = route(async (request) => json(await listBatches(parseQuery(request, listBatchesQuerySchema))));

export const POST = route(async (request) => json(await createBatch(request), 201));
