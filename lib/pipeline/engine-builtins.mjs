// pdf.js's legacy build (the one that runs on Node 20) carries core-js, which replaces some of the
// engine's own built-ins with JavaScript versions for edge cases nothing here meets: Array.prototype
// .push (the length error on a frozen array), JSON.stringify and JSON.parse (JSON.rawJSON and the
// reviver's source text) and Function.prototype.toString. Every push in the thread, pdf.js's own
// and the pipeline's, then went through a function and a length setter: about a tenth of a PDF
// thread's time over the bench corpus (docs/benchmarks.md). What core-js adds where Node 20 has
// nothing (Set methods, iterator helpers, base64 on Uint8Array, ...) stays.
//
// This module keeps the engine's own when it is evaluated, before pdf.js (imported first wherever
// pdf.js is: pdfjs.ts, preload-pdfjs.mjs, the thread bundle's banner), and a PDF thread puts them
// back once pdf.js has loaded (thread-entry.ts). The thread bundle holds a copy of this module
// besides the file its banner imports, evaluated after pdf.js: what the first evaluation kept is
// shared through a global, so every copy puts back the engine's own. Plain JavaScript, for the
// same reason as pdfjs-node20-polyfills.mjs.

const KEPT = Symbol.for('pdf-batch.engine-builtins');
globalThis[KEPT] ??= [
  [Array.prototype, 'push'],
  [JSON, 'stringify'],
  [JSON, 'parse'],
  [Function.prototype, 'toString'],
].map(([target, name]) => ({ target, name, descriptor: Object.getOwnPropertyDescriptor(target, name) }));

/** Puts back the engine's own built-ins that loading pdf.js replaced; the names of those it put back. */
export function restoreEngineBuiltins() {
  const restored = [];
  for (const { target, name, descriptor } of globalThis[KEPT]) {
    if (Object.getOwnPropertyDescriptor(target, name)?.value === descriptor.value) continue;
    Object.defineProperty(target, name, descriptor);
    restored.push(name);
  }
  return restored;
}
