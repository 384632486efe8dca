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

port.on('message', async (request: ThreadRequest) => {
  const { jobId } = request;
  const stopReporting = reportMemory((bytes) => send({ type: 'memory', jobId, bytes }));
  try {
    const result = await runPipeline(request, (stage) => send({ type: 'stage', jobId, stage }));
    send({ type: 'done', jobId, result });
  } catch (err) {
    const failure = toPipelineError(err);
    send({ type: 'failed', jobId, errorType: failure.errorType, message: failure.message, detail: (err as Error)?.stack, partial: failure.partial });
  } finally {
    stopReporting();
  }
});

// Ready once pdf.js is warm; a failed warm-up only means the first document pays for it.
await warmUp().catch(() => undefined);
send({ type: 'ready' });
