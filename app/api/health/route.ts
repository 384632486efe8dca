// GET /api/health - database, queue and workers at a glance (503 when the database is down)
import { getHealth } from '@/lib/health/get-health';
import { json, route } from '@/lib/http/respond';

export const dynamic = 'force-dynamic';

export const GET = route(async () => {
  const health = await getHealth();
  return json(health, health.database.ok ? 200 : 503);
});
