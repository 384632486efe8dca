// The bare pdf.js pass: the same files through the same number of worker threads, each doing
// only what minimal extraction needs (see bare-thread.mjs). This is the floor the server is held to.
// Two kinds: `tuned`, pdf.js as the server's threads run it (the engine flags, the engine's own
// built-ins put back), which measures the server's own overhead; and `shipped`, pdf.js as it comes
// (V8's defaults, pdf.js's own built-ins), run in a process of its own (bare-shipped.ts) since
// the engine flags hold for a whole process.
import v8 from 'node:v8';
import { Worker } from 'node:worker_threads';
import { YOUNG_GENERATION_MB } from '../../lib/pipeline/thread-pool';
import { THREAD_ENGINE_FLAGS, flagsNotGiven } from '../../lib/runtime/memory-settings.mjs';
import { cpuSeconds } from './cpu';
import { sampleRss } from './rss';
import type { PassResult } from './types';

type ThreadReply = { type: 'ready' } | { type: 'done'; file: string; pages: number } | { type: 'failed'; file: string; message: string };
type Outcome = { file: string; pages: number | null; error: string | null };

const entry = new URL('./bare-thread.mjs', import.meta.url);
// The heap limits the server's threads run with by default (WORKER_MEMORY_MB, thread-pool.ts):
// both sides then collect garbage alike, which shows in pages/s.
const resourceLimits = { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB };

export type BareKind = 'tuned' | 'shipped';
/** A bare pass's figures, with the first failures. */
export type BarePass = PassResult & { errors: string[] };

/** Runs `files` through the threads, each taking the next file when it is free; one outcome per file. */
function drain(workers: Worker[], files: string[], countOnly: boolean): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  let next = 0;
  let running = 0;
  return new Promise((resolve, reject) => {
    const feed = (worker: Worker) => {
      if (next < files.length) {
        running++;
        worker.postMessage({ file: files[next++], countOnly });
      } else if (running === 0) {
        for (const w of workers) w.removeAllListeners('message').removeAllListeners('error');
        resolve(outcomes);
      }
    };
    for (const worker of workers) {
      worker.on('message', (reply: ThreadReply) => {
        if (reply.type === 'ready') return;
        running--;
        outcomes.push(reply.type === 'done' ? { file: reply.file, pages: reply.pages, error: null } : { file: reply.file, pages: null, error: reply.message });
        feed(worker);
      });
      worker.on('error', reject);
    }
    workers.forEach(feed);
  });
}

async function withThreads<T>(count: number, kind: BareKind, use: (workers: Worker[]) => Promise<T>): Promise<T> {
  // Tuned: the engine flags server/start.mjs sets for the server's threads (THREAD_ENGINE_FLAGS).
  if (kind === 'tuned') for (const flag of flagsNotGiven(THREAD_ENGINE_FLAGS, process.execArgv, process.env)) v8.setFlagsFromString(flag);
  const workers = await Promise.all(
    Array.from({ length: count }, () => {
      const worker = new Worker(entry, { resourceLimits, workerData: { kind } });
      return new Promise<Worker>((resolve, reject) => {
        worker.once('error', reject);
        worker.once('message', (reply: ThreadReply) => (reply.type === 'ready' ? resolve(worker) : reject(new Error('thread sent work before ready'))));
      });
    }),
  );
  try {
    return await use(workers);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** Each file's page count (null with the error when pdf.js cannot open it), by opening it only. */
export async function countPages(files: string[], threads: number): Promise<Map<string, Outcome>> {
  const outcomes = await withThreads(threads, 'tuned', (workers) => drain(workers, files, true));
  return new Map(outcomes.map((o) => [o.file, o]));
}

/**
 * Starts the threads, warms each with `warmup` (not timed, like the server's warm-up batch), then
 * times `files`. The threads are ended afterwards.
 */
export async function runBare(files: string[], threads: number, warmup: string[], kind: BareKind = 'tuned'): Promise<BarePass> {
  return withThreads(threads, kind, async (workers) => {
    await drain(workers, warmup.flatMap((file) => Array.from({ length: threads }, () => file)), false);
    const rss = sampleRss(process.pid);
    const cpuBefore = cpuSeconds(process.pid);
    const started = performance.now();
    const outcomes = await drain(workers, files, false);
    const seconds = (performance.now() - started) / 1000;
    const cpuAfter = cpuSeconds(process.pid);
    const pages = outcomes.reduce((sum, o) => sum + (o.pages ?? 0), 0);
    const failures = outcomes.filter((o) => o.error);
    return {
      mode: 'bare',
      documents: outcomes.length,
      failed: failures.length,
      pages,
      seconds,
      pagesPerSecond: pages / seconds,
      wallSeconds: seconds,
      peakRssMb: rss.stop(),
      cpuSeconds: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore,
      errors: failures.slice(0, 5).map((o) => `${o.file}: ${o.error}`),
    };
  });
}
