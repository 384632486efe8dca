// GET /api/health - is the database reachable, how deep is the queue, how busy are the workers.
import { config } from '../config';
import { db } from '../db/client';
import { log } from '../log';
import { readQueueState } from '../queue/queue-state';
import { workerStatus } from '../runtime/worker-status';
import type { HealthResponse } from '../schemas/health';
import { version } from '../version';

export async function getHealth(): Promise<HealthResponse> {
  const provider = config().databaseUrl.startsWith('file:') ? 'sqlite' : 'postgresql';
  try {
    const client = await db();
    const groups = await client.job.groupBy({
      by: ['status'],
      where: { status: { in: ['queued', 'processing'] } },
      _count: { _all: true },
    });
    const count = (status: string) => groups.find((g) => g.status === status)?._count._all ?? 0;
    const { paused } = await readQueueState(client);
    return {
      status: 'ok',
      database: { ok: true, provider },
      queue: { queued: count('queued'), processing: count('processing'), paused },
      workers: workerStatus(),
      version,
    };
  } catch (err) {
    log.error({ err }, 'health check: database unreachable');
    return {
      status: 'degraded',
      database: { ok: false, provider },
      queue: { queued: 0, processing: 0, paused: false },
      workers: workerStatus(),
      version,
    };
  }
}
