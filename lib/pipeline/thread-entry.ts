// Entry of a PDF worker thread: runs one document at a time, so that parsing never blocks the
// server's event loop, and a document that hangs or eats memory can be stopped by ending the thread.
import { parentPort } from 'node:worker_threads';
import { toPipelineError } from './errors';
import { reportMemory } from './memory-report';
import { warmUp } from './pdfjs';
import { runPipeline } from './run-pipeline';
import type { ThreadMessage, ThreadRequest } from './types';

const port = parentPort;
if (!port) throw new Error('thread-entry.ts runs only as a worker thread');

const send = (message: ThreadMessage) => port.postMessage(message);

/** The document running now; null once its outcome has been sent. */
let current: string | null = null;

function fail(jobId: string, err: unknown, retire = false): void {
  const failure = toPipelineError(err);
  send({ type: 'failed', jobId, errorType: failure.errorType, message: failure.message, detail: (err as Error)?.stack, partial: failure.partial, retire });
}

port.on('message', async (request: ThreadRequest) => {
  const { jobId } = request;
  current = jobId;
  const stopReporting = reportMemory((bytes) => send({ type: 'memory', jobId, bytes }));
  try {
    const result = await runPipeline(request, (stage) => send({ type: 'stage', jobId, stage }));
    if (current === jobId) send({ type: 'done', jobId, result });
  } catch (err) {
    if (current === jobId) fail(jobId, err);
  } finally {
    if (current === jobId) current = null;
    stopReporting();
  }
});

// pdf.js sometimes rejects a promise of its own that nothing awaits when a damaged file breaks
// it (found by the fuzz run: "Illegal character", "Bad XRef entry"). That is the document's
// failure, reported as such; the thread's state is then unknown, so the pool replaces it.
const failCurrent = (err: unknown) => {
  if (current === null) return;
  fail(current, err, true);
  current = null;
};
process.on('unhandledRejection', failCurrent);
process.on('uncaughtException', failCurrent);

// Ready once pdf.js is warm; a failed warm-up only means the first document pays for it.
await warmUp().catch(() => undefined);
send({ type: 'ready' });
