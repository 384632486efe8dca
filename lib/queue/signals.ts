// Signals from request handlers to the worker loop of this process: new work is queued (wake
// up now instead of at the next poll); these jobs were cancelled or deleted (stop them now).
import { processSignal } from '../runtime/process-signal';

const wake = processSignal<void>('wake-workers');
const abort = processSignal<string[]>('abort-jobs');

export const onWake = wake.on;
export const wakeWorkers = () => wake.emit();

export const onAbortRequest = abort.on;
export const requestAbort = (jobIds: string[]) => {
  if (jobIds.length) abort.emit(jobIds);
};
