import { z } from 'zod';

export const healthResponseSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.object({ ok: z.boolean(), provider: z.string() }),
  queue: z.object({ queued: z.number().int(), processing: z.number().int(), paused: z.boolean() }),
  workers: z.object({ concurrency: z.number().int(), busy: z.number().int() }),
  version: z.string(),
});
export type HealthResponse = z.infer<typeof healthResponseSchema>;
