// GET /api/queue - whether the queue is paused, and every batch's jobs counted by status
import { json, route } from '@/lib/http/respond';
import { queueOverview } from '@/lib/queue/queue-overview';

export const dynamic = 'force-dynamic';

export const GET = route(async () => json(await queueOverview()));
