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
  version: z.string(),
  uptime_s: z.number().int(),
});
export type HealthResponse = z.infer<typeof healthResponseSchema>;
