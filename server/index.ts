// The pdf-batch server: one HTTP server hosting Next (pages and API route handlers) and
// Socket.IO, with the worker loop and its PDF threads in the same process (none with
// WORKER_CONCURRENCY=0, when worker processes run elsewhere: server/worker.ts).
//   npm start      production (builds the bundle first when needed)
//   npm run dev    development, with Next's hot reload
import { mkdir } from 'node:fs/promises';
import { createServer, type Server, type ServerOptions } from 'node:http';
import { stampPeer } from '../lib/admission/client-address';
import { config, type Config } from '../lib/config';
import { closeDb, db } from '../lib/db/client';
import { migrateInThread } from '../lib/db/migrate-in-thread';
import { logAccess } from '../lib/http/access-log';
import { log } from '../lib/log';
import { metrics } from '../lib/metrics/instruments';
import { projectRoot } from '../lib/paths';
import { sweepOrphanUploads } from '../lib/storage/files';
import { startWatchFolder, type WatchFolder } from '../lib/watch/watch-folder';
import { startWebhooks, type Webhooks } from '../lib/webhooks/start-webhooks';
import { startEmailFor } from '../lib/email/start-email';
import { providerOf } from '../lib/db/provider';
import { ensureBuild } from './build';
import { joinCluster } from './cluster';
import { lockDataDir } from './data-dir-lock';
import { startMaintenance } from './maintenance';
import { announceAccess } from './announce-access';
import { guardServer } from './guard';
import { attachRealtime } from './realtime';
import { startWorkers } from './workers';

async function main(): Promise<void> {
  const started = Date.now();
  const dev = process.argv.includes('--dev');
  Object.assign(process.env, { NODE_ENV: dev ? 'development' : 'production', NEXT_TELEMETRY_DISABLED: '1' });
  const cfg = config();
  metrics(); // process metrics are sampled from the start, not from the first scrape

  await mkdir(cfg.dataDir, { recursive: true });
  // On SQLite one server owns DATA_DIR; on Postgres every node shares it (docs/deployment.md).
  const unlock = providerOf(cfg.databaseUrl) === 'sqlite' ? lockDataDir(cfg.dataDir) : () => {};
  const applied = await migrateInThread(cfg.databaseUrl);
  if (applied.length) log.info({ applied }, 'database migrated');
  const client = await db();
  const swept = await sweepOrphanUploads(async (id) => (await client.batch.count({ where: { id } })) > 0);
  if (swept) log.warn({ swept }, 'removed upload folders left by an interrupted request');

  if (!dev) await ensureBuild();
  const { default: next } = await import('next');
  const app = next({ dev, dir: projectRoot, hostname: cfg.host, port: cfg.port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const httpServer = createServer(httpServerOptions(cfg), (req, res) => {
    stampPeer(req); // the client's address for rate limiting, which a client cannot forge
    logAccess(req, res);
    void handle(req, res);
  });
  limitConnections(httpServer, cfg);
  const cluster = await joinCluster(cfg);
  const realtime = attachRealtime(httpServer, cluster.pool);
  guardServer(httpServer, { tokens: cfg.authTokens, dev, trustProxy: cfg.trustProxy });

  const webhooks = startWebhooksFor(cfg);
  const email = startEmailFor(cfg);
  const workers = await startWorkers(cfg);
  const watch = await startWatchFolderFor(cfg);
  const stopMaintenance = startMaintenance(cfg);
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(cfg.port, cfg.host, resolve);
  });
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : cfg.port;
  log.info({ url: `http://${cfg.host}:${port}`, dataDir: cfg.dataDir, workers: cfg.workerConcurrency, ms: Date.now() - started }, 'pdf-batch is ready');
  announceAccess(cfg);
  // One plain line for people (and the test harness) besides the JSON log.
  process.stdout.write(`pdf-batch is ready on http://${cfg.host}:${port}/batch\n`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: no new jobs, finishing the running ones');
    stopMaintenance();
    await watch?.stop();
    const closed = new Promise((resolve) => httpServer.close(resolve));
    await workers?.stop(cfg.shutdownGraceMs);
    webhooks?.stop(); // deliveries still in flight are dropped (docs/api.md: Webhooks)
    await email?.stop(); // messages not yet sent stay in the outbox for the next start
    await realtime.close();
    httpServer.closeAllConnections();
    await closed;
    await cluster.stop();
    await closeDb();
    unlock();
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

/**
 * Slow clients are not held for long: headers within HTTP_HEADERS_TIMEOUT_S (checked every second,
 * not Node's every 30 s), the whole request within HTTP_REQUEST_TIMEOUT_S (uploads need the time).
 */
function httpServerOptions(cfg: Config): ServerOptions {
  const headersTimeout = cfg.httpHeadersTimeoutMs;
  const requestTimeout = cfg.httpRequestTimeoutMs === 0 ? 0 : Math.max(cfg.httpRequestTimeoutMs, headersTimeout);
  return { headersTimeout, requestTimeout, connectionsCheckingInterval: Math.min(1000, headersTimeout) };
}

/** At most HTTP_MAX_CONNECTIONS open connections; none idle past HTTP_IDLE_TIMEOUT_S. */
function limitConnections(server: Server, cfg: Config): void {
  if (cfg.httpMaxConnections > 0) server.maxConnections = cfg.httpMaxConnections;
  if (cfg.httpIdleTimeoutMs > 0) server.timeout = cfg.httpIdleTimeoutMs;
  server.on('drop', (data) => log.warn({ maxConnections: cfg.httpMaxConnections, remote: data?.remoteAddress }, 'connection refused: HTTP_MAX_CONNECTIONS reached'));
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
  process.stderr.write(`pdf-batch could not start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
