'use client';
// One upload at a time: its phase, the bytes sent, the server's answer or a message for people.
// A network failure or a server error sends it again on its own (retry-policy.ts), then offers
// a retry; a refusal is shown at once. Cancel stops the request in flight or the wait before a retry.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CreateBatchResponse } from '@/lib/schemas/batch';
import { uploadBatch, type UploadFile, type UploadOptions } from './api';
import { ApiError, messageOf } from './api-error';
import { isRetriable, retryDelay } from './retry-policy';

export type UploadState =
  | { phase: 'idle' }
  /** `attempt` 1 is the first send; later ones are automatic retries. */
  | { phase: 'uploading'; loaded: number; total: number; attempt: number }
  | { phase: 'waiting'; retryAt: number; attempt: number; message: string }
  | { phase: 'done'; response: CreateBatchResponse }
  /** `retriable`: the files are still selected and a retry may work (offered as a button). */
  | { phase: 'failed'; message: string; retriable: boolean };

const aborted = () => new ApiError('aborted', 'Upload cancelled.');

export function useUpload() {
  const [state, setState] = useState<UploadState>({ phase: 'idle' });
  const abortRef = useRef<(() => void) | null>(null);

  useEffect(() => () => abortRef.current?.(), []);

  const start = useCallback(async function start(files: readonly UploadFile[], options: UploadOptions) {
    const total = files.reduce((sum, f) => sum + f.file.size, 0);
    for (let attempt = 1; ; attempt++) {
      setState({ phase: 'uploading', loaded: 0, total, attempt });
      const upload = uploadBatch(files, options, ({ loaded, total }) => setState({ phase: 'uploading', loaded, total, attempt }));
      abortRef.current = upload.abort;
      try {
        const response = await upload.result;
        setState({ phase: 'done', response });
        return response;
      } catch (error) {
        if (error instanceof ApiError && error.code === 'aborted') {
          setState({ phase: 'idle' });
          return null;
        }
        const delay = retryDelay(error, attempt);
        if (delay === null) {
          const message = attempt > 1 ? `${messageOf(error)} (tried ${attempt} times)` : messageOf(error);
          setState({ phase: 'failed', message, retriable: isRetriable(error) });
          return null;
        }
        setState({ phase: 'waiting', retryAt: Date.now() + delay, attempt, message: messageOf(error) });
        try {
          await pause(delay, (cancel) => (abortRef.current = cancel));
        } catch {
          setState({ phase: 'idle' });
          return null;
        }
      } finally {
        abortRef.current = null;
      }
    }
  }, []);

  const cancel = useCallback(() => abortRef.current?.(), []);
  const reset = useCallback(() => setState({ phase: 'idle' }), []);

  return { state, start, cancel, reset };
}

/** Waits `ms`; the function handed to `onCancel` ends the wait with an 'aborted' error. */
function pause(ms: number, onCancel: (cancel: () => void) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    onCancel(() => {
      clearTimeout(timer);
      reject(aborted());
    });
  });
}
