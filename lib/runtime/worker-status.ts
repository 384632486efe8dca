// What /api/health and /metrics report about this process's workers; the server registers the source.
import { processShared } from './process-shared';

/** `ready`: threads that have loaded pdf.js (busy or not); `busy`: jobs running now; `ocrEngines`: OCR engines made, and those reading a page. */
export type WorkerStatus = { concurrency: number; busy: number; ready: number; ocrEngines: { running: number; busy: number } };

const source = processShared('worker-status', () => ({ current: (): WorkerStatus => ({ concurrency: 0, busy: 0, ready: 0, ocrEngines: { running: 0, busy: 0 } }) }));

export function setWorkerStatusSource(read: () => WorkerStatus): void {
  source.current = read;
}

export const workerStatus = (): WorkerStatus => source.current();
