// What /api/health reports about this process's workers; the server registers the source.
import { processShared } from './process-shared';

export type WorkerStatus = { concurrency: number; busy: number };

const source = processShared('worker-status', () => ({ current: (): WorkerStatus => ({ concurrency: 0, busy: 0 }) }));

export function setWorkerStatusSource(read: () => WorkerStatus): void {
  source.current = read;
}

export const workerStatus = (): WorkerStatus => source.current();
