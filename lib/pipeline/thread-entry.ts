// Entry of a PDF worker thread: runs one document at a time, so that parsing never blocks the
// server's event loop, and a document that hangs or eats memory can be stopped by ending the thread.
import { parentPort } from 'node:worker_threads';
import { restoreEngineBuiltins } from './engine-builtins.mjs';
import { toPipelineError } from './errors';
import { reportMemory } from './memory-report';
import { warmUp } from './pdfjs';
import { runPipeline } from './run-pipeline';
import { OcrStartError, type OcrReading } from './ocr/reading';
import type { OcrService } from './ocr/ocr-pages';
import type { ThreadMessage, ThreadOcrAnswer, ThreadRequest } from './types';

const port = parentPort;
if (!port) throw new Error('thread-entry.ts runs only as a worker thread');
// pdf.js has loaded (./pdfjs, through the imports above): the engine's own push and JSON again.
restoreEngineBuiltins();

const send = (message: ThreadMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

/** The document running now; null once its outcome has been sent. */
let current: string | null = null;

function fail(jobId: string, err: unknown, retire = false): void {
  const failure = toPipelineError(err);
  const partialJson = failure.partial ? JSON.stringify(failure.partial) : undefined;
  send({ type: 'failed', jobId, errorType: failure.errorType, message: failure.message, detail: (err as Error)?.stack, partialJson, retire });
}

/** Called when the pool grants the OCR permit this thread waits for. */
let granted: (() => void) | null = null;
/** Settled when the process's OCR engines (the OCR thread, through the main thread) have read the page this thread sent. */
let reading: { resolve: (reading: OcrReading) => void; reject: (err: Error) => void } | null = null;

/** The page image goes to the main thread without a copy when it owns its whole buffer. */
function transferable(image: Buffer): Uint8Array {
  const whole = image.byteOffset === 0 && image.byteLength === image.buffer.byteLength && image.buffer instanceof ArrayBuffer;
  return whole ? new Uint8Array(image.buffer) : new Uint8Array(image);
}

function ocrService(jobId: string): OcrService {
  return {
    acquire: () =>
      new Promise<void>((resolve) => {
        granted = resolve;
        send({ type: 'ocr-acquire', jobId });
      }),
    release: (abandon) => send({ type: 'ocr-release', jobId, ...(abandon ? { abandon } : {}) }),
    recognize: (languages, pgm, dpi) =>
      new Promise<OcrReading>((resolve, reject) => {
        reading = { resolve, reject };
        const image = transferable(pgm);
        send({ type: 'ocr-page', jobId, image, dpi, languages }, [image.buffer as ArrayBuffer]);
      }),
  };
}

function answer(message: ThreadOcrAnswer): void {
  if (message.type === 'ocr-granted') {
    const resolve = granted;
    granted = null;
    resolve?.();
    return;
  }
  const pending = reading;
  reading = null;
  if (message.type === 'ocr-read') pending?.resolve({ languages: message.languages, page: message.page });
  else pending?.reject(message.start ? new OcrStartError(message.message) : new Error(message.message));
}

port.on('message', async (message: ThreadRequest | ThreadOcrAnswer) => {
  if (message.type !== 'run') return answer(message);
  const request = message;
  const { jobId } = request;
  current = jobId;
  const stopReporting = reportMemory((bytes) => send({ type: 'memory', jobId, bytes }));
  try {
    const result = await runPipeline(request, (stage) => send({ type: 'stage', jobId, stage }), ocrService(jobId));
    if (current === jobId) send({ type: 'done', jobId, json: JSON.stringify(result), pages: result.metadata.page_count, documentType: result.classification?.final_category ?? null });
  } catch (err) {
    if (current === jobId) fail(jobId, err);
  } finally {
    if (current === jobId) current = null;
    stopReporting();
  }
});

// pdf.js sometimes rejects a promise of its own that nothing awaits when a damaged file breaks
// it (found by the fuzz run: "Illegal character", "Bad XRef entry"), during the document or just
// after it ended. The document's own flow still settles (or its time limit ends it), so such a
// rejection must neither end the thread nor fail whichever document runs when it arrives.
process.on('unhandledRejection', () => undefined);

// An exception nothing caught leaves the thread in an unknown state: the document running fails
// with it and the pool replaces the thread (an idle thread just ends; the pool starts another).
process.on('uncaughtException', (err) => {
  if (current === null) process.exit(1);
  else fail(current, err, true);
  current = null;
});

// Ready once pdf.js is warm; a failed warm-up only means the first document pays for it.
await warmUp().catch(() => undefined);
send({ type: 'ready' });
