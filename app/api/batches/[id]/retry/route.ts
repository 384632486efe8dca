// POST /api/batches/:id/retry - queue the failed and cancelled jobs of a batch again
import { retryBatch } from '@/lib/batches/retry-batch';
import { json, route } from '@/lib/http/respond';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

export const POST = route(async (_request, { params }: Context) => json(await retryBatch((await params).id)));
