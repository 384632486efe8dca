// The worker loop and its PDF threads, as run by the server (npm start) and by worker-only
// processes (npm run worker).
import { forgetOtherWorkers, registerWorker } from '../lib/cluster/worker-registry';
import type { Config } from '../lib/config';
import { providerOf } from '../lib/db/provider';
import { log } from '../lib/log';
import { resolveLanguages } from '../lib/pipeline/ocr/languages';
import { ThreadPool } from '../lib/pipeline/thread-pool';
import { recoverJobsOfOtherWorkers } from '../lib/queue/recover-jobs';
import { startWorkerLoop, type WorkerLoop } from '../lib/queue/worker-loop';
import { setWorkerStatusSource } from '../lib/runtime/worker-status';

/** The worker loop, its PDF threads, and this process's row in the worker registry (for /api/health on every node). */
export async function startWorkers(cfg: Config): Promise<WorkerLoop | null> {
  // With SQLite this process owns the database (data-dir-lock.ts): registry rows are of earlier runs.
  const ownsDatabase = providerOf(cfg.databaseUrl) === 'sqlite';
  if (ownsDatabase) await forgetOtherWorkers(cfg.workerId);
  if (cfg.workerConcurrency === 0) return null;
  // Every OCR language must be on disk now (nothing is downloaded): stop with what to install.
  const models = resolveLanguages(cfg.ocrLanguages);
  log.info({ ocr: cfg.ocrMode, languages: models.map((m) => `${m.code} (${m.source})`), ocrConcurrency: cfg.ocrConcurrency }, 'OCR models found');
  if (ownsDatabase) {
    // The embedded database belongs to this process alone (see data-dir-lock.ts), so whatever an
    // earlier run left in `processing` is stranded: take it back now instead of waiting for its
    // lease. On Postgres other workers may be running those jobs; their leases tell.
    const recovered = await recoverJobsOfOtherWorkers(cfg.workerId);
    if (recovered) log.warn({ recovered }, 'requeued jobs left running by a previous run');
  }
  const pool = new ThreadPool({ size: cfg.workerConcurrency, memoryMb: cfg.workerMemoryMb, timeoutMs: cfg.jobTimeoutMs, ocrConcurrency: cfg.ocrConcurrency });
  let unregister = async () => {};
  const loop = startWorkerLoop({
    pool,
    workerId: cfg.workerId,
    leaseMs: cfg.leaseMs,
    maxPages: cfg.maxPages,
    ocr: { mode: cfg.ocrMode, languages: cfg.ocrLanguages },
    retry: { maxAttempts: cfg.maxAttempts, backoffMs: cfg.retryBackoffMs },
    onStopped: () => unregister(),
  });
  const status = () => ({ concurrency: cfg.workerConcurrency, busy: loop.busy, ready: loop.ready });
  setWorkerStatusSource(status);
  unregister = await registerWorker(cfg.workerId, status, cfg.leaseMs);
  return loop;
}
