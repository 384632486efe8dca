// GET /api/jobs/:id - a job with its result
import { json, route } from '@/lib/http/respond';
import { getJob } from '@/lib/jobs/get-job';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

export const GET = route(async (_request, { params }: Context) => json(await getJob((await params).id)));
