// GET /api/analytics?range=hour|day|week (or from/to, or batch_id) - throughput, failures, queue and timings
import { getAnalytics } from '@/lib/analytics/get-analytics';
import { json, parseQuery, route } from '@/lib/http/respond';
import { analyticsQuerySchema } from '@/lib/schemas/analytics';

export const dynamic = 'force-dynamic';

export const GET = route(async (request) => json(await getAnalytics(parseQuery(request, analyticsQuerySchema))));
