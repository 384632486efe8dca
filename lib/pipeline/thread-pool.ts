// A fixed set of PDF worker threads, one document each at a time. A document that runs past the
// time limit, exhausts the thread's memory or crashes it ends that thread only: a fresh one
// takes its place and the other documents go on. A thread's failure is logged with its job's ids.
import { Worker } from 'node:worker_threads';
import { log, type Logger } from '../log';
import type { ErrorType, JobStage } from '../schemas/batch';
import { threadEntryUrl } from './thread-bundle';
import type { DocumentResult, ThreadMessage, ThreadRequest } from './types';

export type Outcome =
  | { ok: true; result: DocumentResult }
  | { ok: false; errorType: ErrorType | 'cancelled'; message: string; detail?: string; partial?: DocumentResult };

export type ThreadPoolOptions = { size: number; memoryMb: number; timeoutMs: number };

type Task = {
  request: ThreadRequest;
  onStage: (stage: JobStage) => void;
  /** Lines about this task's thread (with its batch_id and job_id). */
  log: Logger;
  settle: (outcome: Outcome) => void;
  timer: NodeJS.Timeout | null;
};

/** `ready` once the thread has loaded pdf.js: a document's time limit starts only then. */
type Slot = { worker: Worker; task: Task | null; ready: boolean };

/**
 * Each thread's young generation (V8's nursery). 64 MB held about 50 MB more per thread for no
 * gain: the same documents took as much CPU time or more (scripts/bench, bench:load).
 */
export const YOUNG_GENERATION_MB = 16;

export class ThreadPool {
  private readonly slots: Slot[] = [];
  private closed = false;
  /** The threads' code, bundled once per pool (thread-bundle.ts). */
  private readonly entry = threadEntryUrl();

  constructor(private readonly options: ThreadPoolOptions) {
    for (let i = 0; i < options.size; i++) this.slots.push(this.spawn());
  }

  get size(): number {
    return this.slots.length;
  }

  get busy(): number {
    return this.slots.filter((s) => s.task).length;
  }

  get idle(): number {
    return this.size - this.busy;
  }

  /** Threads that have loaded pdf.js and can start a document at once (or are running one). */
  get ready(): number {
    return this.slots.filter((s) => s.ready).length;
  }

  /** Runs one document on an idle thread. Resolves with the outcome; never rejects. */
  run(job: Omit<ThreadRequest, 'timeLimitMs'>, onStage: (stage: JobStage) => void, logger: Logger = log): Promise<Outcome> {
    const request: ThreadRequest = { ...job, timeLimitMs: this.options.timeoutMs };
    const slot = this.slots.find((s) => !s.task && s.ready) ?? this.slots.find((s) => !s.task);
    if (!slot || this.closed) throw new Error('ThreadPool.run called without an idle thread');
    return new Promise<Outcome>((settle) => {
      slot.task = { request, onStage, log: logger, settle, timer: null };
      if (slot.ready) this.startClock(slot);
      slot.worker.postMessage(request);
    });
  }

  private startClock(slot: Slot): void {
    if (!slot.task || slot.task.timer) return;
    slot.task.timer = setTimeout(() => {
      const seconds = Math.round(this.options.timeoutMs / 1000);
      slot.task?.log.warn({ timeoutS: seconds }, 'PDF thread stopped at the time limit (JOB_TIMEOUT_S)');
      this.replace(slot, { ok: false, errorType: 'timeout', message: `Processing took longer than ${seconds} s (JOB_TIMEOUT_S) and was stopped.` });
    }, this.options.timeoutMs);
  }

  /** Stops the document `jobId` at once (its thread is replaced). False if it is not running here. */
  abort(jobId: string, message = 'Cancelled.'): boolean {
    const slot = this.slots.find((s) => s.task?.request.jobId === jobId);
    if (!slot) return false;
    this.replace(slot, { ok: false, errorType: 'cancelled', message });
    return true;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const slot of this.slots) this.finish(slot, { ok: false, errorType: 'cancelled', message: 'The server is shutting down.' });
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = new Worker(this.entry, {
      resourceLimits: { maxOldGenerationSizeMb: this.options.memoryMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      stdout: false,
      stderr: false,
    });
    const slot: Slot = { worker, task: null, ready: false };
    worker.on('message', (message: ThreadMessage) => this.onMessage(slot, message));
    worker.on('error', (err: Error & { code?: string }) => {
      const outOfMemory = err.code === 'ERR_WORKER_OUT_OF_MEMORY';
      const logger = slot.task?.log ?? log;
      if (outOfMemory) logger.warn({ memoryMb: this.options.memoryMb }, 'PDF thread ran out of memory (WORKER_MEMORY_MB); replacing it');
      else logger.error({ err }, 'PDF thread failed; replacing it');
      this.replace(slot, {
        ok: false,
        errorType: 'processing_error',
        message: outOfMemory
          ? `Processing needed more than ${this.options.memoryMb} MB of memory (WORKER_MEMORY_MB) and was stopped.`
          : `The PDF worker failed: ${err.message}`,
        detail: err.stack,
      });
    });
    worker.on('exit', (code) => {
      if (this.closed || !this.slots.includes(slot)) return;
      (slot.task?.log ?? log).error({ exitCode: code }, 'PDF thread stopped unexpectedly; replacing it');
      this.replace(slot, { ok: false, errorType: 'unexpected_error', message: `The PDF worker stopped unexpectedly (exit code ${code}).` });
    });
    return slot;
  }

  private onMessage(slot: Slot, message: ThreadMessage): void {
    if (message.type === 'ready') {
      slot.ready = true;
      this.startClock(slot);
      return;
    }
    const task = slot.task;
    if (!task || message.jobId !== task.request.jobId) return;
    if (message.type === 'stage') task.onStage(message.stage);
    else if (message.type === 'done') this.finish(slot, { ok: true, result: message.result });
    else this.finish(slot, { ok: false, errorType: message.errorType, message: message.message, detail: message.detail, partial: message.partial });
  }

  private finish(slot: Slot, outcome: Outcome): void {
    const task = slot.task;
    if (!task) return;
    slot.task = null;
    if (task.timer) clearTimeout(task.timer);
    task.settle(outcome);
  }

  /** Ends a slot's thread and puts a fresh one in its place, settling its task with `outcome`. */
  private replace(slot: Slot, outcome: Outcome): void {
    const index = this.slots.indexOf(slot);
    if (index === -1) return;
    this.finish(slot, outcome);
    if (this.closed) return;
    this.slots[index] = this.spawn();
    void slot.worker.terminate();
  }
}
