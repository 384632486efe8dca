// Messages between the server's main thread and its OCR thread (ocr-host.ts, ocr-host-entry.ts).
import type { OcrPage } from './engine';
import type { EngineCounts } from './reading';

/** Main thread → OCR thread: read a page image (PGM, its buffer transferred) for a job; stop a job's page. */
export type HostRequest =
  | { type: 'read'; id: number; jobId: string; languages: string[]; image: Uint8Array; dpi: number }
  | { type: 'abort'; jobId: string };

/** OCR thread → main thread: a page read, a page not read (`start`: no engine could be made), the engines now. */
export type HostAnswer =
  | { type: 'read'; id: number; languages: string; page: OcrPage }
  | { type: 'failed'; id: number; message: string; start: boolean }
  | ({ type: 'counts' } & EngineCounts);
