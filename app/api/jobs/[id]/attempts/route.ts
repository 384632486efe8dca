// GET /api/jobs/:id/attempts - a job with every run: worker, stage times, outcome, error
import { json, route } from '@/lib/http/respond';
import { getJobHistory } from '@/lib/jobs/get-job-history';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

export const GET = route(async (_request, { params }: Context) => json(await getJobHistory((await params).id)));
