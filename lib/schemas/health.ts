// GET /api/health: `ok` (200), or `degraded` (short of disk) / `down` (database unusable), both 503
// with the reasons in words.
import { z } from 'zod';

export const healthResponseSchema = z.object({
  status: z.enum(['ok', 'degraded', 'down']),
  /** Why the status is not ok; empty when it is. */
  reasons: z.array(z.string()),
  database: z.object({
    ok: z.boolean(),
    provider: z.string(),
    /** How long the check's queries took (ms); null when they failed. */
    latency_ms: z.number().nullable(),
    error: z.string().nullable(),
  }),
  disk: z.object({
    ok: z.boolean(),
    /** Free space in DATA_DIR's file system; null when it could not be read. */
    free_bytes: z.number().int().nullable(),
    total_bytes: z.number().int().nullable(),
    /** MIN_FREE_DISK_MB in bytes. */
    min_free_bytes: z.number().int(),
  }),
  queue: z.object({ queued: z.number().int(), processing: z.number().int(), paused: z.boolean() }),
  workers: z.object({
    worker_id: z.string(),
    /** Threads configured (WORKER_CONCURRENCY), loaded and ready (pdf.js loaded), running a job. */
    concurrency: z.number().int(),
    ready: z.number().int(),
    busy: z.number().int(),
  }),
  /** Every process with PDF threads that reported within LEASE_S (lib/cluster/worker-registry.ts), this one included. */
  cluster: z.object({
    workers: z.array(
      z.object({
        worker_id: z.string(),
        host: z.string(),
        pid: z.number().int(),
        threads: z.number().int(),
        ready: z.number().int(),
        /** As of its last report (every LEASE_S / 3). */
        busy: z.number().int(),
        started_at: z.string(),
        seen_at: z.string(),
      }),
    ),
    threads: z.number().int(),
  }),
  /** What needs a look without making this node unhealthy (jobs waiting and no worker running). */
  warnings: z.array(z.string()),
  version: z.string(),
  uptime_s: z.number().int(),
});
export type HealthResponse = z.infer<typeof healthResponseSchema>;
