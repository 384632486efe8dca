// GET /api/health - is the database usable (and how fast), is there disk left in DATA_DIR, how deep
// is the queue, how busy are this process's workers and which processes of the cluster run PDF
// threads. `down` when the database fails, `degraded` when free disk is below MIN_FREE_DISK_MB;
// both answer 503 with the reasons. Jobs waiting with no worker running is a warning (this node
// itself is fine: a load balancer must not take it out for it).
import { clusterWorkers, threadsOf } from '../cluster/worker-registry';
import { config } from '../config';
import { dbProvider } from '../db/client';
import { log } from '../log';
import { readJobCounts } from '../queue/queue-overview';
import { workerStatus } from '../runtime/worker-status';
import type { HealthResponse } from '../schemas/health';
import { version } from '../version';
import { diskSpace, minFreeDiskBytes } from './disk-space';

const mb = (bytes: number) => `${Math.floor(bytes / 1024 / 1024)} MB`;

export async function getHealth(): Promise<HealthResponse> {
  const cfg = config();
  const reasons: string[] = [];
  const [database, queue] = await checkDatabase(reasons);
  const disk = await checkDisk(cfg.dataDir, reasons);
  const workers = workerStatus();
  const cluster = database.ok ? await readCluster(cfg.leaseMs) : null;
  const warnings: string[] = [];
  if (cluster && cluster.threads === 0 && queue.queued > 0 && !queue.paused) {
    warnings.push(`No worker is running: ${queue.queued} queued ${queue.queued === 1 ? 'job waits' : 'jobs wait'} until one starts (npm start with WORKER_CONCURRENCY > 0, or npm run worker).`);
  }
  const status = !database.ok ? 'down' : !disk.ok ? 'degraded' : 'ok';
  return {
    status,
    reasons,
    database,
    disk,
    queue,
    workers: { worker_id: cfg.workerId, concurrency: workers.concurrency, ready: workers.ready, busy: workers.busy },
    cluster: cluster ?? { workers: [], threads: 0 },
    warnings,
    version,
    uptime_s: Math.floor(process.uptime()),
  };
}

/** Reads the queue (a grouped count of the jobs and the queue state): real tables, not `SELECT 1`. */
async function checkDatabase(reasons: string[]): Promise<[HealthResponse['database'], HealthResponse['queue']]> {
  const provider = dbProvider();
  const started = performance.now();
  try {
    const { counts, paused } = await readJobCounts();
    const latency = Math.round((performance.now() - started) * 10) / 10;
    return [
      { ok: true, provider, latency_ms: latency, error: null },
      { queued: counts.queued, processing: counts.processing, paused },
    ];
  } catch (err) {
    const message = err instanceof Error ? err.message.trim().split('\n').pop()?.trim() || err.name : String(err);
    log.error({ err }, 'health check: the database cannot be read');
    reasons.push(`The database cannot be read: ${message}`);
    return [
      { ok: false, provider, latency_ms: null, error: message },
      { queued: 0, processing: 0, paused: false },
    ];
  }
}

/** The cluster's workers, or null when the registry cannot be read (then nothing is said of them). */
async function readCluster(leaseMs: number): Promise<HealthResponse['cluster'] | null> {
  try {
    const workers = await clusterWorkers(leaseMs);
    return { workers, threads: threadsOf(workers) };
  } catch (err) {
    log.error({ err }, 'health check: the worker registry cannot be read');
    return null;
  }
}

async function checkDisk(dataDir: string, reasons: string[]): Promise<HealthResponse['disk']> {
  const min = minFreeDiskBytes();
  try {
    const { freeBytes, totalBytes } = await diskSpace(dataDir);
    const ok = freeBytes >= min;
    if (!ok) reasons.push(`Only ${mb(freeBytes)} of disk is free in DATA_DIR, below the ${mb(min)} minimum (MIN_FREE_DISK_MB).`);
    return { ok, free_bytes: freeBytes, total_bytes: totalBytes, min_free_bytes: min };
  } catch (err) {
    log.error({ err }, 'health check: the free disk space of DATA_DIR cannot be read');
    reasons.push(`The free disk space of DATA_DIR cannot be read: ${err instanceof Error ? err.message : String(err)}`);
    return { ok: false, free_bytes: null, total_bytes: null, min_free_bytes: min };
  }
}
