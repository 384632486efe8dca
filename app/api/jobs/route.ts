// GET /api/jobs - every job across batches: filtered, sorted, a page at a time (keyset cursor)
import { json, parseQuery, route } from '@/lib/http/respond';
import { listJobs } from '@/lib/jobs/list-jobs';
import { listAllJobsQuerySchema } from '@/lib/schemas/jobs';

export const dynamic = 'force-dynamic';

export const GET = route(async (request) => json(await listJobs(parseQuery(request, listAllJobsQuerySchema))));
