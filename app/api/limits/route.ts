// GET /api/limits - the upload limits (MAX_FILE_MB, MAX_FILES_PER_BATCH, MAX_BATCH_MB) in bytes and files
import { config } from '@/lib/config';
import { json, route } from '@/lib/http/respond';
import type { LimitsResponse } from '@/lib/schemas/limits';

export const dynamic = 'force-dynamic';

export const GET = route(async () => {
  const cfg = config();
  return json<LimitsResponse>({ max_file_bytes: cfg.maxFileBytes, max_files_per_batch: cfg.maxFilesPerBatch, max_batch_bytes: cfg.maxBatchBytes });
});
