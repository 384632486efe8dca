// GET /api/batches/:id - a batch with its jobs
import { getBatch } from '@/lib/batches/get-batch';
import { json, route } from '@/lib/http/respond';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

export const GET = route(async (_request, { params }: Context) => json(await getBatch((await params).id)));
