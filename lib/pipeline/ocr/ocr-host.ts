// The server's OCR thread, seen from the main thread: started with the first page to read, ended
// once its engines have all idled away (engine-pool.ts ends each 60 s after its last page), so an
// idle server holds none of it. A thread that fails or stops fails the pages it was reading with
// its reason (each is then a "Page N: OCR failed" warning) and the next page starts a new one.
import { Worker } from 'node:worker_threads';
import { log } from '../../log';
import { type EngineCounts, type OcrReading, OcrStartError } from './reading';
import type { HostAnswer, HostRequest } from './ocr-host-protocol';

type Pending = { jobId: string; resolve: (reading: OcrReading) => void; reject: (err: Error) => void };

const NONE: EngineCounts = { running: 0, busy: 0 };

export class OcrHost {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private reported: EngineCounts = NONE;
  private entry: URL | null = null;
  private closed = false;

  /** `size`: engines at most (OCR_CONCURRENCY); `entryUrl`: where the thread's code is (made on first use). */
  constructor(
    private readonly size: number,
    private readonly entryUrl: () => URL,
  ) {}

  /** The OCR thread's engines (made, reading a page), as it last reported them. */
  get counts(): EngineCounts {
    return this.worker ? this.reported : NONE;
  }

  /** Reads a page image (its buffer is transferred) for `jobId`. */
  recognize(jobId: string, languages: string[], image: Uint8Array, dpi: number): Promise<OcrReading> {
    if (this.closed) return Promise.reject(new Error('The server is shutting down.'));
    const worker = this.worker ?? this.start();
    const id = this.nextId++;
    return new Promise<OcrReading>((resolve, reject) => {
      const request: HostRequest = { type: 'read', id, jobId, languages, image, dpi };
      worker.postMessage(request, [image.buffer as ArrayBuffer]);
      this.pending.set(id, { jobId, resolve, reject });
    });
  }

  /** Stops `jobId`'s page, if one is waiting or being read (its engine is ended). */
  abort(jobId: string): void {
    if (!this.worker || ![...this.pending.values()].some((p) => p.jobId === jobId)) return;
    const request: HostRequest = { type: 'abort', jobId };
    this.worker.postMessage(request);
  }

  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.lost(worker, 'The server is shutting down.');
    await worker?.terminate();
  }

  private start(): Worker {
    this.entry ??= this.entryUrl();
    const worker = new Worker(this.entry, { workerData: { size: this.size }, stdout: false, stderr: false });
    this.worker = worker;
    this.reported = NONE;
    worker.on('message', (answer: HostAnswer) => this.onAnswer(worker, answer));
    worker.on('error', (err) => {
      log.error({ err }, 'the OCR thread failed; the pages it was reading failed with it');
      this.lost(worker, `the OCR thread failed: ${err.message}`);
    });
    worker.on('exit', (code) => this.lost(worker, `the OCR thread stopped (exit code ${code})`));
    return worker;
  }

  private onAnswer(worker: Worker, answer: HostAnswer): void {
    if (worker !== this.worker) return;
    if (answer.type === 'counts') {
      this.reported = { running: answer.running, busy: answer.busy };
    } else {
      const pending = this.pending.get(answer.id);
      this.pending.delete(answer.id);
      if (answer.type === 'read') pending?.resolve({ languages: answer.languages, page: answer.page });
      else pending?.reject(answer.start ? new OcrStartError(answer.message) : new Error(answer.message));
    }
    // No engine left (they idle away, or none could be made) and nothing asked: the thread goes too.
    if (this.reported.running === 0 && this.pending.size === 0) {
      this.worker = null;
      void worker.terminate();
    }
  }

  /** The thread is gone (or going): what it was asked fails with `message`. */
  private lost(worker: Worker | null, message: string): void {
    if (!worker || worker !== this.worker) return;
    this.worker = null;
    this.reported = NONE;
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const p of pending) p.reject(new Error(message));
  }
}
