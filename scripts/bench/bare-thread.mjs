// A bare pdf.js worker thread for the bench: per file, exactly what minimal extraction needs
// (read, open with the pipeline's own options, getPage + getTextContent per page, clean up).
// Plain JS like lib/pipeline/thread-bootstrap.mjs: loads pdf.js natively, then registers tsx so
// it can load pdfjs.ts.
import { readFile } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';
import '../../lib/pipeline/preload-pdfjs.mjs';
import { restoreEngineBuiltins } from '../../lib/pipeline/engine-builtins.mjs';

// Tuned, like the server's threads: the engine's own built-ins back (engine-builtins.mjs). Shipped: pdf.js's.
if (workerData?.kind !== 'shipped') restoreEngineBuiltins();

register();
const { closePdf, openPdf } = await import('../../lib/pipeline/pdfjs.ts');

const port = parentPort;
if (!port) throw new Error('bare-thread.mjs runs only as a worker thread');

/** Reads one file through pdf.js and returns its page count; `countOnly` just opens it. */
async function extract(file, countOnly) {
  const doc = await openPdf(new Uint8Array(await readFile(file)));
  try {
    for (let number = 1; !countOnly && number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      await page.getTextContent();
      page.cleanup();
    }
    return doc.numPages;
  } finally {
    await closePdf(doc);
  }
}

port.on('message', async ({ file, countOnly }) => {
  try {
    port.postMessage({ type: 'done', file, pages: await extract(file, countOnly) });
  } catch (err) {
    port.postMessage({ type: 'failed', file, message: String(err?.message ?? err) });
  }
});

port.postMessage({ type: 'ready' });
