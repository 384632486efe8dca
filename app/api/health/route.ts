// GET /api/health - database, disk, queue and workers at a glance (503 when the database is
// unusable or the disk is short)
import { getHealth } from '@/lib/health/get-health';
import { json, route } from '@/lib/http/respond';

export const dynamic = 'force-dynamic';

export const GET = route(async () => {
  const health = await getHealth();
  return json(health, health.status === 'ok' ? 200 : 503);
});
