// Up to a fixed number of PDF worker threads, one document each at a time, started when documents
// come and ended when idle. A document that runs past the
// time limit, exhausts the thread's memory or crashes it ends that thread only: a fresh one
// takes its place and the other documents go on. A thread's failure is logged with its job's ids.
// Memory is watched twice: each thread reports its heap plus decoded buffers (which the heap
// limit does not count), and the process's RSS is a backstop for a thread stuck in one huge
// synchronous allocation, sized from the machine (physical memory, or the container's cgroup
// limit) so that the process is stopped short of what the kernel would kill it for.
import { Worker } from 'node:worker_threads';
import { log, type Logger } from '../log';
import { machineMemory, memoryBudgetBytes } from '../runtime/machine-memory';
import type { ErrorType, JobStage, PageStage } from '../schemas/batch';
import { ocrHostEntryUrl, threadEntryUrl } from './thread-bundle';
import { type EngineCounts, OcrStartError } from './ocr/reading';
import { OcrHost } from './ocr/ocr-host';
import type { ThreadMessage, ThreadOcrAnswer, ThreadRequest } from './types';

export type Outcome =
  /** The result as JSON text (made in the thread), its page count and the classifier's category. */
  | { ok: true; json: string; pages: number; documentType: string | null }
  | { ok: false; errorType: ErrorType | 'cancelled'; message: string; detail?: string; partialJson?: string };

export type ThreadPoolOptions = {
  size: number;
  memoryMb: number;
  timeoutMs: number;
  /** The process's RSS backstop; by default processCeilingBytes of this machine's memory. */
  ceilingBytes?: number;
  /** Pages OCRed at once across the threads, and OCR engines in the process (OCR_CONCURRENCY); default: one per thread. */
  ocrConcurrency?: number;
  /** A thread idle this long ends, and a new one starts for the next document (THREAD_IDLE_S); 0 or absent: threads stay. */
  idleMs?: number;
};

/** A document may hold this much (heap plus decoded buffers) before it is stopped. */
export const documentLimitBytes = (memoryMb: number) => memoryMb * 2 * 1024 * 1024;
/** Of the memory the machine (or the container) gives the process, the share the backstop lets it reach. */
export const MACHINE_SHARE = 0.75;

/**
 * The process's RSS past which the busy thread that has been silent longest is ended: room for the
 * server (1 GB) and each thread's heap and buffers (three times WORKER_MEMORY_MB), but never more
 * than MACHINE_SHARE of `budgetBytes`, what the machine or its cgroup allows, so a bomb decoding
 * in every thread at once fails its jobs instead of getting the server killed.
 */
export const processCeilingBytes = (options: Pick<ThreadPoolOptions, 'size' | 'memoryMb'>, budgetBytes: number) =>
  Math.min((1024 + options.size * options.memoryMb * 3) * 1024 * 1024, Math.floor(budgetBytes * MACHINE_SHARE));
const RSS_CHECK_MS = 200;
/** After ending a thread, its memory takes a moment to be returned: no second verdict before this. */
const RSS_COOLDOWN_MS = 3000;

type Task = {
  request: ThreadRequest;
  onStage: (stage: JobStage | PageStage) => void;
  /** Lines about this task's thread (with its batch_id and job_id). */
  log: Logger;
  settle: (outcome: Outcome) => void;
  timer: NodeJS.Timeout | null;
};

/** `ready` once the thread has loaded pdf.js: a document's time limit starts only then. */
type Slot = { worker: Worker; task: Task | null; ready: boolean; heardAt: number; ocr: 'none' | 'waiting' | 'held'; idleTimer: NodeJS.Timeout | null };

/**
 * Each thread's young generation (V8's nursery), in MB. V8 takes a third of it for each of its two
 * semi-spaces and rounds that up to a power of two: 12 gives 4 MB semi-spaces (8 MB a thread),
 * 16 gave 8 MB (16 MB a thread). Over 50 real datasheets 4 MB semi-spaces took 15-20 MB off the
 * peak for the same CPU a page; over the bench corpus (small generated files) about 5% more CPU
 * a page, which scavenging on the thread itself (`--no-parallel-scavenge`, THREAD_ENGINE_FLAGS)
 * gives back. 64 MB held about 50 MB more per thread for no gain. The memory profile's flags are
 * for the main thread only (server/start.mjs puts them back before threads start), so under
 * `small` too the threads have this and not its 2 MB semi-spaces.
 */
export const YOUNG_GENERATION_MB = 12;

export class ThreadPool {
  private readonly slots: Slot[] = [];
  private closed = false;
  /** The threads' code, bundled once per pool (thread-bundle.ts). */
  private readonly entry = threadEntryUrl();
  private readonly rssTimer: NodeJS.Timeout;
  private rssActedAt = 0;
  /** The RSS backstop (processCeilingBytes). */
  readonly ceilingBytes: number;
  /** Threads waiting for an OCR permit, first come first served. */
  private ocrQueue: Slot[] = [];
  /** The process's OCR engines, one per permit at most, in a thread of their own: the PDF threads' page images go there. */
  private readonly ocrEngines: OcrHost;

  constructor(private readonly options: ThreadPoolOptions) {
    this.ceilingBytes = options.ceilingBytes ?? processCeilingBytes(options, memoryBudgetBytes(machineMemory()));
    this.ocrEngines = new OcrHost(this.ocrLimit, ocrHostEntryUrl);
    // Threads start with the first documents (a fraction of a second each), not with the pool: a
    // server that has nothing to do does not hold pdf.js (about 35 MB a thread).
    this.rssTimer = setInterval(() => this.checkProcessMemory(), RSS_CHECK_MS).unref();
  }

  /** Threads this pool runs documents on at most (they start on demand, and end again when idle). */
  get size(): number {
    return this.options.size;
  }

  /** Threads running now (busy, idle or loading pdf.js). */
  get running(): number {
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
  run(job: Omit<ThreadRequest, 'timeLimitMs'>, onStage: (stage: JobStage | PageStage) => void, logger: Logger = log): Promise<Outcome> {
    const request: ThreadRequest = { ...job, timeLimitMs: this.options.timeoutMs };
    const slot = this.slots.find((s) => !s.task && s.ready) ?? this.slots.find((s) => !s.task) ?? this.startThread();
    if (!slot || this.closed) throw new Error('ThreadPool.run called without an idle thread');
    this.stopIdleTimer(slot);
    return new Promise<Outcome>((settle) => {
      slot.task = { request, onStage, log: logger, settle, timer: null };
      slot.heardAt = Date.now();
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
    clearInterval(this.rssTimer);
    for (const slot of this.slots) this.finish(slot, { ok: false, errorType: 'cancelled', message: 'The server is shutting down.' });
    for (const slot of this.slots) this.stopIdleTimer(slot);
    await Promise.all([...this.slots.map((s) => s.worker.terminate()), this.ocrEngines.close()]);
  }

  /** A new thread for a slot ended while idle, when fewer than `size` run. */
  private startThread(): Slot | undefined {
    if (this.closed || this.slots.length >= this.options.size) return undefined;
    const slot = this.spawn();
    this.slots.push(slot);
    return slot;
  }

  /** After a document, an idle thread ends once THREAD_IDLE_S passes without another (pdf.js and its heap go back). */
  private startIdleTimer(slot: Slot): void {
    const idleMs = this.options.idleMs ?? 0;
    if (idleMs <= 0 || this.closed) return;
    this.stopIdleTimer(slot);
    slot.idleTimer = setTimeout(() => {
      slot.idleTimer = null;
      const index = this.slots.indexOf(slot);
      if (index === -1 || slot.task || this.closed) return;
      this.slots.splice(index, 1);
      log.debug({ running: this.slots.length }, 'PDF thread ended after being idle (THREAD_IDLE_S)');
      void slot.worker.terminate();
    }, idleMs);
    slot.idleTimer.unref();
  }

  private stopIdleTimer(slot: Slot): void {
    if (slot.idleTimer) clearTimeout(slot.idleTimer);
    slot.idleTimer = null;
  }

  private spawn(): Slot {
    const worker = new Worker(this.entry, {
      resourceLimits: { maxOldGenerationSizeMb: this.options.memoryMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      stdout: false,
      stderr: false,
    });
    const slot: Slot = { worker, task: null, ready: false, heardAt: Date.now(), ocr: 'none', idleTimer: null };
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
      if (!slot.task) this.startIdleTimer(slot);
      return;
    }
    const task = slot.task;
    if (!task || message.jobId !== task.request.jobId) return;
    slot.heardAt = Date.now();
    if (message.type === 'memory') {
      if (message.bytes > documentLimitBytes(this.options.memoryMb)) this.replace(slot, this.outOfMemory());
    } else if (message.type === 'stage') task.onStage(message.stage);
    else if (message.type === 'ocr-acquire') {
      slot.ocr = 'waiting';
      this.ocrQueue.push(slot);
      this.grantOcr();
    } else if (message.type === 'ocr-release') {
      // A page given up at its document's deadline is stopped, so that the permit freed here does
      // not send the next document's page to wait behind it.
      if (message.abandon) this.ocrEngines.abort(message.jobId);
      this.releaseOcr(slot);
    }
    else if (message.type === 'ocr-page') this.readPage(slot, message);
    else if (message.type === 'done') this.finish(slot, { ok: true, json: message.json, pages: message.pages, documentType: message.documentType });
    else {
      const outcome: Outcome = { ok: false, errorType: message.errorType, message: message.message, detail: message.detail, partialJson: message.partialJson };
      if (message.retire) this.replace(slot, outcome);
      else this.finish(slot, outcome);
    }
  }

  private outOfMemory(): Outcome {
    const mb = documentLimitBytes(this.options.memoryMb) / 1024 / 1024;
    return {
      ok: false,
      errorType: 'processing_error',
      message: `Processing needed more than ${mb} MB of memory (twice WORKER_MEMORY_MB, for the heap and decompressed data) and was stopped; the PDF may hold a compressed stream that inflates to a huge size.`,
    };
  }

  /** Backstop: a thread inside one huge synchronous allocation cannot report; the process's RSS can. */
  private checkProcessMemory(): void {
    if (this.closed || Date.now() - this.rssActedAt < RSS_COOLDOWN_MS) return;
    if (process.memoryUsage.rss() <= this.ceilingBytes) return;
    const silent = this.slots.filter((s) => s.task).sort((a, b) => a.heardAt - b.heardAt)[0];
    if (!silent) return;
    this.rssActedAt = Date.now();
    this.replace(silent, this.outOfMemory());
  }

  /** Pages being OCRed now, across the threads. */
  get ocrRunning(): number {
    return this.slots.filter((s) => s.ocr === 'held').length;
  }

  /** The OCR engines running now, and those reading a page. */
  get ocrEngineCounts(): EngineCounts {
    return this.ocrEngines.counts;
  }

  private get ocrLimit(): number {
    return this.options.ocrConcurrency ?? this.options.size;
  }

  private grantOcr(): void {
    while (this.ocrQueue.length && this.ocrRunning < this.ocrLimit) {
      const slot = this.ocrQueue.shift() as Slot;
      if (slot.ocr !== 'waiting' || !this.slots.includes(slot)) continue;
      slot.ocr = 'held';
      this.answer(slot, { type: 'ocr-granted' });
    }
  }

  /** A page image from a thread, read by one of the process's engines; the answer goes back if its document still runs there. */
  private readPage(slot: Slot, message: Extract<ThreadMessage, { type: 'ocr-page' }>): void {
    const { jobId } = message;
    this.ocrEngines
      .recognize(jobId, message.languages, message.image, message.dpi)
      .then(
        (reading) => this.answer(slot, { type: 'ocr-read', languages: reading.languages, page: reading.page }, jobId),
        (err: Error) => this.answer(slot, { type: 'ocr-failed', message: err.message, start: err instanceof OcrStartError }, jobId),
      )
      .catch((err: unknown) => log.error({ err, jobId }, 'an OCR answer could not be sent to its PDF thread'));
  }

  /** Posts to the thread; with `jobId`, only while that document still runs on it. */
  private answer(slot: Slot, message: ThreadOcrAnswer, jobId?: string): void {
    if (jobId !== undefined && slot.task?.request.jobId !== jobId) return;
    if (this.slots.includes(slot)) slot.worker.postMessage(message);
  }

  private releaseOcr(slot: Slot): void {
    if (slot.ocr === 'none') return;
    slot.ocr = 'none';
    this.ocrQueue = this.ocrQueue.filter((s) => s !== slot);
    this.grantOcr();
  }

  private finish(slot: Slot, outcome: Outcome): void {
    this.releaseOcr(slot);
    const task = slot.task;
    if (!task) return;
    // A page still being read for it (cancelled, out of time, its thread failed) stops with its engine.
    this.ocrEngines.abort(task.request.jobId);
    slot.task = null;
    if (task.timer) clearTimeout(task.timer);
    if (this.slots.includes(slot)) this.startIdleTimer(slot);
    task.settle(outcome);
  }

  /** Ends a slot's thread and puts a fresh one in its place, settling its task with `outcome`. */
  private replace(slot: Slot, outcome: Outcome): void {
    const index = this.slots.indexOf(slot);
    if (index === -1) return;
    this.finish(slot, outcome);
    this.stopIdleTimer(slot);
    if (this.closed) return;
    this.slots[index] = this.spawn();
    void slot.worker.terminate();
  }
}
