// POST /api/jobs/bulk - retry or cancel the jobs a preview counted (same filter, its as_of and count)
import { json, parseJsonBody, route } from '@/lib/http/respond';
import { applyBulk } from '@/lib/jobs/bulk-jobs';
import { bulkActionBodySchema } from '@/lib/schemas/jobs';

export const dynamic = 'force-dynamic';

export const POST = route(async (request) => json(await applyBulk(await parseJsonBody(request, bulkActionBodySchema))));
