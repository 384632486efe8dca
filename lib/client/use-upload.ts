'use client';
// One upload at a time: its phase, the bytes sent, the server's answer or a message for people.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CreateBatchResponse } from '@/lib/schemas/batch';
import { uploadBatch, type UploadOptions } from './api';
import { ApiError, messageOf } from './api-error';

export type UploadState =
  | { phase: 'idle' }
  | { phase: 'uploading'; loaded: number; total: number }
  | { phase: 'done'; response: CreateBatchResponse }
  | { phase: 'failed'; message: string };

export function useUpload() {
  const [state, setState] = useState<UploadState>({ phase: 'idle' });
  const abortRef = useRef<(() => void) | null>(null);

  useEffect(() => () => abortRef.current?.(), []);

  const start = useCallback(async function start(files: readonly File[], options: UploadOptions) {
    const total = files.reduce((sum, f) => sum + f.size, 0);
    setState({ phase: 'uploading', loaded: 0, total });
    const upload = uploadBatch(files, options, ({ loaded, total }) => setState({ phase: 'uploading', loaded, total }));
    abortRef.current = upload.abort;
    try {
      const response = await upload.result;
      setState({ phase: 'done', response });
      return response;
    } catch (error) {
      const cancelled = error instanceof ApiError && error.code === 'aborted';
      setState(cancelled ? { phase: 'idle' } : { phase: 'failed', message: messageOf(error) });
      return null;
    } finally {
      abortRef.current = null;
    }
  }, []);

  const cancel = useCallback(() => abortRef.current?.(), []);
  const reset = useCallback(() => setState({ phase: 'idle' }), []);

  return { state, start, cancel, reset };
}
