// Signals from request handlers to worker loops: new work is queued (wake up now instead of at the
// next poll); these jobs were cancelled or deleted (stop them now). Within a process they go
// straight to the listeners; on Postgres a relay (lib/cluster/signal-relay.ts) also carries them
// to the other processes.
import { processShared } from '../runtime/process-shared';
import { processSignal } from '../runtime/process-signal';

export type QueueSignal = { kind: 'wake' } | { kind: 'abort'; jobIds: string[] };

const wake = processSignal<void>('wake-workers');
const abort = processSignal<string[]>('abort-jobs');
const relay = processShared<{ send: ((signal: QueueSignal) => void) | null }>('queue-signal-relay', () => ({ send: null }));

export const onWake = wake.on;
export const wakeWorkers = () => {
  wake.emit();
  relay.send?.({ kind: 'wake' });
};

export const onAbortRequest = abort.on;
export const requestAbort = (jobIds: string[]) => {
  if (!jobIds.length) return;
  abort.emit(jobIds);
  relay.send?.({ kind: 'abort', jobIds });
};

/** Installs (or removes, with null) the sender that carries signals to other processes. */
export function setSignalRelay(send: ((signal: QueueSignal) => void) | null): void {
  relay.send = send;
}

/** A signal from another process: for this process's listeners only. */
export function deliverRemoteSignal(signal: QueueSignal): void {
  if (signal.kind === 'wake') wake.emit();
  else if (Array.isArray(signal.jobIds)) abort.emit(signal.jobIds);
}
