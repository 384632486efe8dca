// A nudge for the worker loop when new work is queued, so it does not wait for its next poll.
import { processShared } from '../runtime/process-shared';

const listeners = processShared('wake-listeners', () => new Set<() => void>());

export function onWake(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function wakeWorkers(): void {
  for (const listener of listeners) listener();
}
