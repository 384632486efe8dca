// POST /api/jobs/:id/cancel - cancel one queued or running job
import { json, route } from '@/lib/http/respond';
import { cancelJob } from '@/lib/jobs/control-job';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

export const POST = route(async (_request, { params }: Context) => json(await cancelJob((await params).id)));
