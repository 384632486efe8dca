// A named in-process signal (listeners on one side, emitters on the other), shared between the
// custom server and Next's route handlers like everything in process-shared.ts.
import { processShared } from './process-shared';

export type ProcessSignal<T> = {
  on(listener: (value: T) => void): () => void;
  emit(value: T): void;
};

export function processSignal<T>(key: string): ProcessSignal<T> {
  const listeners = processShared(`signal:${key}`, () => new Set<(value: T) => void>());
  return {
    on(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit(value) {
      for (const listener of listeners) listener(value);
    },
  };
}
