'use client';
// The server's upload limits (GET /api/limits), asked once per page; the defaults until then or
// if the server cannot say.
import { useEffect, useState } from 'react';
import { getLimits } from './api';
import { DEFAULT_LIMITS, type UploadLimits } from './check-files';

export function useLimits(): UploadLimits {
  const [limits, setLimits] = useState<UploadLimits>(DEFAULT_LIMITS);
  useEffect(() => {
    const controller = new AbortController();
    getLimits(controller.signal).then(
      (l) => setLimits({ maxFileBytes: l.max_file_bytes, maxFiles: l.max_files_per_batch, maxBatchBytes: l.max_batch_bytes }),
      () => {
        // Unreachable or an older server: the defaults stand, and the server checks again anyway.
      },
    );
    return () => controller.abort();
  }, []);
  return limits;
}
