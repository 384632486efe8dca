// The queue at a glance for GET /api/queue: paused or running, the jobs of all batches counted by
// status in one grouped query, and how many processes and threads are there to run them.
// Requests arriving together share one read (scripts, /metrics, and the pushes of
// lib/realtime/queue-feed.ts).
import { clusterWorkers, threadsOf } from '../cluster/worker-registry';
import { config } from '../config';
import { db } from '../db/client';
import { databaseNow } from '../db/database-now';
import { CoalescedReads } from '../runtime/coalesced-reads';
import { jobStatusSchema } from '../schemas/batch';
import type { QueueOverview } from '../schemas/queue';
import { readQueueState } from './queue-state';

const reads = new CoalescedReads(() => readQueueOverview());

export function queueOverview(): Promise<QueueOverview> {
  return reads.get('queue');
}

export async function readQueueOverview(): Promise<QueueOverview> {
  const jobs = await readJobCounts();
  const workers = await clusterWorkers(config().leaseMs, new Date(jobs.read_at));
  return { ...jobs, workers: { processes: workers.length, threads: threadsOf(workers) } };
}

/** The overview without the workers, in one read of its own (the health check times it as the database's latency). */
export async function readJobCounts(): Promise<Omit<QueueOverview, 'workers'>> {
  const client = await db();
  const readAt = (await databaseNow(client)).toISOString();
  const groups = await client.job.groupBy({ by: ['status'], _count: { _all: true } });
  const counts: QueueOverview['counts'] = { queued: 0, processing: 0, completed: 0, failed: 0, cancelled: 0 };
  for (const group of groups) {
    const status = jobStatusSchema.safeParse(group.status);
    if (status.success) counts[status.data] = group._count._all;
  }
  // Queued jobs that wait for their batch's start time or release (counted only when some are queued).
  const scheduled = counts.queued
    ? await client.job.count({ where: { status: 'queued', batch: { OR: [{ held: true }, { startAt: { gt: new Date(readAt) } }] } } })
    : 0;
  return { ...(await readQueueState(client)), counts, scheduled, read_at: readAt };
}
