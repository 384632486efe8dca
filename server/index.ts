// The pdf-batch server: one HTTP server hosting Next (pages and API route handlers) and
// Socket.IO, with the worker loop and its PDF threads in the same process.
//   npm start      production (builds the bundle first when needed)
//   npm run dev    development, with Next's hot reload
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:http';
import { stampPeer } from '../lib/admission/client-address';
import { config, type Config } from '../lib/config';
import { closeDb, db } from '../lib/db/client';
import { migrate } from '../lib/db/migrate';
import { log } from '../lib/log';
import { projectRoot } from '../lib/paths';
import { ThreadPool } from '../lib/pipeline/thread-pool';
import { recoverJobsOfOtherWorkers } from '../lib/queue/recover-jobs';
import { startWorkerLoop, type WorkerLoop } from '../lib/queue/worker-loop';
import { setWorkerStatusSource } from '../lib/runtime/worker-status';
import { sweepOrphanUploads } from '../lib/storage/files';
import { startWatchFolder, type WatchFolder } from '../lib/watch/watch-folder';
import { startWebhooks, type Webhooks } from '../lib/webhooks/start-webhooks';
import { ensureBuild } from './build';
import { lockDataDir } from './data-dir-lock';
import { startMaintenance } from './maintenance';
import { attachRealtime } from './realtime';

async function main(): Promise<void> {
  const started = Date.now();
  const dev = process.argv.includes('--dev');
  Object.assign(process.env, { NODE_ENV: dev ? 'development' : 'production', NEXT_TELEMETRY_DISABLED: '1' });
  const cfg = config();

  await mkdir(cfg.dataDir, { recursive: true });
  const unlock = lockDataDir(cfg.dataDir);
  const applied = await migrate(cfg.databaseUrl);
  if (applied.length) log.info({ applied }, 'database migrated');
  const client = await db();
  const swept = await sweepOrphanUploads(async (id) => (await client.batch.count({ where: { id } })) > 0);
  if (swept) log.warn({ swept }, 'removed upload folders left by an interrupted request');

  if (!dev) await ensureBuild();
  const { default: next } = await import('next');
  const app = next({ dev, dir: projectRoot, hostname: cfg.host, port: cfg.port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const httpServer = createServer((req, res) => {
    stampPeer(req); // the client's address for rate limiting, which a client cannot forge
    void handle(req, res);
  });
  const realtime = attachRealtime(httpServer);

  const webhooks = startWebhooksFor(cfg);
  const workers = await startWorkers(cfg);
  const watch = await startWatchFolderFor(cfg);
  setWorkerStatusSource(() => ({ concurrency: cfg.workerConcurrency, busy: workers?.busy ?? 0 }));
  const stopMaintenance = startMaintenance(cfg);
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(cfg.port, cfg.host, resolve);
  });
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : cfg.port;
  log.info({ url: `http://${cfg.host}:${port}`, dataDir: cfg.dataDir, workers: cfg.workerConcurrency, ms: Date.now() - started }, 'pdf-batch is ready');
  console.log(`pdf-batch is ready on http://${cfg.host}:${port}/batch`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: no new jobs, finishing the running ones');
    stopMaintenance();
    await watch?.stop();
    const closed = new Promise((resolve) => httpServer.close(resolve));
    await workers?.stop(cfg.shutdownGraceMs);
    webhooks?.stop(); // deliveries still in flight are dropped (README: Webhooks)
    await realtime.close();
    httpServer.closeAllConnections();
    await closed;
    await closeDb();
    unlock();
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

async function startWorkers(cfg: Config): Promise<WorkerLoop | null> {
  if (cfg.workerConcurrency === 0) return null;
  // The embedded database belongs to this process alone (see data-dir-lock.ts), so whatever an
  // earlier run left in `processing` is stranded: take it back now instead of waiting for its lease.
  const recovered = await recoverJobsOfOtherWorkers(cfg.workerId);
  if (recovered) log.warn({ recovered }, 'requeued jobs left running by a previous run');
  const pool = new ThreadPool({ size: cfg.workerConcurrency, memoryMb: cfg.workerMemoryMb, timeoutMs: cfg.jobTimeoutMs });
  return startWorkerLoop({
    pool,
    workerId: cfg.workerId,
    leaseMs: cfg.leaseMs,
    maxPages: cfg.maxPages,
    retry: { maxAttempts: cfg.maxAttempts, backoffMs: cfg.retryBackoffMs },
  });
}

function startWebhooksFor(cfg: Config): Webhooks | null {
  if (!cfg.webhookUrl) return null;
  return startWebhooks({ url: cfg.webhookUrl, secret: cfg.webhookSecret, maxAttempts: cfg.webhookMaxAttempts });
}

async function startWatchFolderFor(cfg: Config): Promise<WatchFolder | null> {
  if (!cfg.watchDir) return null;
  return startWatchFolder({ dir: cfg.watchDir, pollMs: cfg.watchPollMs, workflow: cfg.watchWorkflow, maxFiles: cfg.maxFilesPerBatch });
}

main().catch((err) => {
  log.fatal({ err }, 'pdf-batch could not start');
  console.error(`pdf-batch could not start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
