// GET /api/queue - whether the queue is paused
import { json, route } from '@/lib/http/respond';
import { readQueueState } from '@/lib/queue/queue-state';

export const dynamic = 'force-dynamic';

export const GET = route(async () => json(await readQueueState()));
