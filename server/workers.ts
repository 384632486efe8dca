// The worker loop and its PDF threads, as run by the server (npm start) and by worker-only
// processes (npm run worker).
import { forgetOtherWorkers, registerWorker } from '../lib/cluster/worker-registry';
import type { Config } from '../lib/config';
import { providerOf } from '../lib/db/provider';
import { log } from '../lib/log';
import { resolveLanguages } from '../lib/pipeline/ocr/languages';
import { documentLimitBytes, ThreadPool } from '../lib/pipeline/thread-pool';
import { recoverJobsOfOtherWorkers } from '../lib/queue/recover-jobs';
import { startWorkerLoop, type WorkerLoop } from '../lib/queue/worker-loop';
import { machineMemory, memoryBudgetBytes } from '../lib/runtime/machine-memory';
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
  const pool = new ThreadPool({ size: cfg.workerConcurrency, memoryMb: cfg.workerMemoryMb, timeoutMs: cfg.jobTimeoutMs, ocrConcurrency: cfg.ocrConcurrency, idleMs: cfg.threadIdleMs });
  const budget = memoryBudgetBytes(machineMemory());
  const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
  log.info({ ceilingMb: mb(pool.ceilingBytes), machineMb: mb(budget) }, 'PDF threads: the process is held under its memory ceiling');
  if (cfg.workerConcurrency * documentLimitBytes(cfg.workerMemoryMb) > pool.ceilingBytes) {
    log.warn(
      { threads: cfg.workerConcurrency, workerMemoryMb: cfg.workerMemoryMb, ceilingMb: mb(pool.ceilingBytes), machineMb: mb(budget) },
      'WORKER_CONCURRENCY x 2 x WORKER_MEMORY_MB is more than this machine can hold: documents that need it all at once will fail with a memory error; lower one of them',
    );
  }
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
  const status = () => ({ concurrency: cfg.workerConcurrency, busy: loop.busy, ready: loop.ready, ocrEngines: loop.ocrEngines });
  setWorkerStatusSource(status);
  unregister = await registerWorker(cfg.workerId, status, cfg.leaseMs);
  return loop;
}
