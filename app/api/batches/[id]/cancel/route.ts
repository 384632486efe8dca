// POST /api/batches/:id/cancel - cancel the queued and running jobs of a batch
import { cancelBatch } from '@/lib/batches/cancel-batch';
import { json, route } from '@/lib/http/respond';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

export const POST = route(async (_request, { params }: Context) => json(await cancelBatch((await params).id)));
