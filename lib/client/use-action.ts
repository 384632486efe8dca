'use client';
// Runs one request of a group of buttons at a time: which one is running (so its buttons can be
// disabled) and the last failure in words (the server's message).
import { useCallback, useRef, useState } from 'react';
import { messageOf } from './api-error';

export type UseAction = {
  /** The name of the action whose request is running, or null. */
  pending: string | null;
  error: string | null;
  run: (name: string, task: () => Promise<unknown>) => Promise<boolean>;
  clearError: () => void;
};

export function useAction(): UseAction {
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const busy = useRef(false);

  const run = useCallback(async (name: string, task: () => Promise<unknown>) => {
    if (busy.current) return false;
    busy.current = true;
    setPending(name);
    setError(null);
    try {
      await task();
      return true;
    } catch (err) {
      setError(messageOf(err));
      return false;
    } finally {
      busy.current = false;
      setPending(null);
    }
  }, []);

  const clearError = useCallback(() => setError(null), []);
  return { pending, error, run, clearError };
}
