// Entry of the server's OCR thread: it owns the process's OCR engines (engine-pool.ts, at most
// OCR_CONCURRENCY, each a tesseract.js thread of its own started from here) and reads the page
// images the PDF threads send through the main thread. Results are taken apart here, not on the
// server's event loop, and an engine that fails in a way nothing can catch ends this thread, not
// the server (ocr-host.ts starts another).
import { parentPort, workerData } from 'node:worker_threads';
import { createEngine } from './engine';
import { IDLE_MS, OcrEnginePool } from './engine-pool';
import { OcrStartError } from './reading';
import type { HostAnswer, HostRequest } from './ocr-host-protocol';

const port = parentPort;
if (!port) throw new Error('ocr-host-entry.ts runs only as a worker thread');

const send = (answer: HostAnswer) => port.postMessage(answer);
const { size } = workerData as { size: number };
const pool = new OcrEnginePool(size, IDLE_MS, createEngine, (counts) => send({ type: 'counts', ...counts }));

port.on('message', (request: HostRequest) => {
  if (request.type === 'abort') return pool.abort(request.jobId);
  const image = Buffer.from(request.image.buffer, request.image.byteOffset, request.image.byteLength);
  pool.recognize(request.jobId, request.languages, image, request.dpi).then(
    (reading) => send({ type: 'read', id: request.id, languages: reading.languages, page: reading.page }),
    (err: unknown) => send({ type: 'failed', id: request.id, message: err instanceof Error ? err.message : String(err), start: err instanceof OcrStartError }),
  );
});
