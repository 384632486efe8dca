// POST /api/jobs/:id/retry - queue one failed or cancelled job again
import { json, route } from '@/lib/http/respond';
import { retryJob } from '@/lib/jobs/control-job';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

export const POST = route(async (_request, { params }: Context) => json(await retryJob((await params).id)));
