// GET /api/limits - what the server accepts in one upload, so the browser can check before sending.
import { z } from 'zod';

export const limitsResponseSchema = z.object({
  max_file_bytes: z.number().int(),
  max_files_per_batch: z.number().int(),
  max_batch_bytes: z.number().int(),
});
export type LimitsResponse = z.infer<typeof limitsResponseSchema>;
