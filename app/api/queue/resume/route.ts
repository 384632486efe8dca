// POST /api/queue/resume - claim jobs again
import { json, route } from '@/lib/http/respond';
import { setQueuePaused } from '@/lib/queue/queue-state';

export const dynamic = 'force-dynamic';

export const POST = route(async () => json(await setQueuePaused(false)));
