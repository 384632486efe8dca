// A worker-only process for scale-out on Postgres: no HTTP, just the worker loop with
// WORKER_CONCURRENCY PDF threads, taking jobs from the shared queue. Its events reach the web
// nodes' browsers through Socket.IO's Postgres emitter; it wakes on NOTIFY when work arrives.
//   DATABASE_URL=postgresql://... DATA_DIR=/shared/pdf-batch npm run worker
import { config } from '../lib/config';
import { closeDb } from '../lib/db/client';
import { migrateInThread } from '../lib/db/migrate-in-thread';
import { providerOf } from '../lib/db/provider';
import { sendEventsThroughPostgres } from '../lib/cluster/event-emitter-sink';
import { log } from '../lib/log';
import { startWebhooks } from '../lib/webhooks/start-webhooks';
import { startEmailFor } from '../lib/email/start-email';
import { joinCluster } from './cluster';
import { startWorkers } from './workers';

async function main(): Promise<void> {
  const started = Date.now();
  const cfg = config();
  if (providerOf(cfg.databaseUrl) !== 'postgresql') {
    throw new Error('npm run worker needs DATABASE_URL=postgresql://... (with the embedded SQLite database, `npm start` runs the workers itself).');
  }
  if (cfg.workerConcurrency === 0) throw new Error('WORKER_CONCURRENCY is 0: a worker process needs at least one thread.');
  const applied = await migrateInThread(cfg.databaseUrl);
  if (applied.length) log.info({ applied }, 'database migrated');
  const cluster = await joinCluster(cfg);
  const stopEvents = cluster.pool ? sendEventsThroughPostgres(cluster.pool) : async () => {};
  const webhooks = cfg.webhookUrl ? startWebhooks({ url: cfg.webhookUrl, secret: cfg.webhookSecret, maxAttempts: cfg.webhookMaxAttempts }) : null;
  const email = startEmailFor(cfg);
  const workers = await startWorkers(cfg);
  log.info({ workerId: cfg.workerId, threads: cfg.workerConcurrency, dataDir: cfg.dataDir, ms: Date.now() - started }, 'pdf-batch worker is ready');
  process.stdout.write(`pdf-batch worker ${cfg.workerId} is ready (${cfg.workerConcurrency} threads)\n`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'worker shutting down: no new jobs, finishing the running ones');
    await workers?.stop(cfg.shutdownGraceMs);
    webhooks?.stop();
    await email?.stop();
    await stopEvents(); // after the jobs: their last counts go out first
    await cluster.stop();
    await closeDb();
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((err) => {
  log.fatal({ err }, 'pdf-batch worker could not start');
  process.stderr.write(`pdf-batch worker could not start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
