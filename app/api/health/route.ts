// GET /api/health - database, disk, queue and workers at a glance (503 when the database is
// unusable or the disk is short). Open without a token when AUTH_TOKEN is set, but then it answers
// `{ status }` alone.
import { authStateOf } from '@/lib/auth/auth-state';
import { getHealth } from '@/lib/health/get-health';
import { json, route } from '@/lib/http/respond';

export const dynamic = 'force-dynamic';

export const GET = route(async (request) => {
  const health = await getHealth();
  const status = health.status === 'ok' ? 200 : 503;
  return authStateOf(request.headers) === 'none' ? json({ status: health.status }, status) : json(health, status);
});
