// POST /api/batches/:id/release - start a held or scheduled batch now
import { releaseBatch } from '@/lib/batches/release-batch';
import { json, route } from '@/lib/http/respond';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

export const POST = route(async (_request, { params }: Context) => json(await releaseBatch((await params).id)));
