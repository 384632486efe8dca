// POST /api/queue/pause - stop claiming jobs (running ones finish)
import { json, route } from '@/lib/http/respond';
import { setQueuePaused } from '@/lib/queue/queue-state';

export const dynamic = 'force-dynamic';

export const POST = route(async () => json(await setQueuePaused(true)));
