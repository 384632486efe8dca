// GET /metrics: the database-backed gauges are read at scrape time (one grouped count of the jobs,
// one count of the claimable ones, the queue state), then the whole registry as Prometheus text.
// A database that does not answer sets pdf_batch_database_up to 0; the rest is still served.
import { db } from '../db/client';
import { log } from '../log';
import { queueOverview } from '../queue/queue-overview';
import { workerStatus } from '../runtime/worker-status';
import { metrics, type Metrics } from './instruments';

export type MetricsText = { contentType: string; body: string };

export async function renderMetrics(): Promise<MetricsText> {
  const m = metrics();
  await readDatabaseGauges(m);
  const workers = workerStatus();
  m.workerThreads.set({ state: 'configured' }, workers.concurrency);
  m.workerThreads.set({ state: 'ready' }, workers.ready);
  m.workerThreads.set({ state: 'busy' }, workers.busy);
  m.ocrEngines.set({ state: 'running' }, workers.ocrEngines.running);
  m.ocrEngines.set({ state: 'busy' }, workers.ocrEngines.busy);
  return { contentType: m.registry.contentType, body: await m.registry.metrics() };
}

async function readDatabaseGauges(m: Metrics): Promise<void> {
  try {
    const overview = await queueOverview();
    const client = await db();
    const claimable = await client.job.count({ where: { status: 'queued', duplicateOf: null } });
    for (const [status, count] of Object.entries(overview.counts)) m.jobs.set({ status }, count);
    m.queueDepth.set(claimable);
    m.queuePaused.set(overview.paused ? 1 : 0);
    m.databaseUp.set(1);
  } catch (err) {
    log.warn({ err }, 'metrics: the database did not answer; pdf_batch_database_up is 0');
    m.databaseUp.set(0);
  }
}
