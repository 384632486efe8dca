// Loads pdf.js natively in a PDF thread, before tsx is registered: through tsx its two large
// modules would be transformed and kept with their source maps, about 300 MB per thread. pdfjs.ts
// then finds them in the module cache. The worker half goes to `globalThis.pdfjsWorker`, which is
// how pdf.js runs its worker code in the same thread, as it does on Node in any case. The
// minified builds: the same code, and their source, which V8 keeps, is half the size (about 2 MB
// less per thread).
import './engine-builtins.mjs';
import './pdfjs-node20-polyfills.mjs';

globalThis.pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.min.mjs');
await import('pdfjs-dist/legacy/build/pdf.min.mjs');
