// pdf.js's legacy build replaces built-ins when it loads; a PDF thread puts the engine's back.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { restoreEngineBuiltins } from './engine-builtins.mjs';
import { openPdf, closePdf } from './pdfjs';

// What engine-builtins.mjs kept before pdf.js loaded (core-js's own toString passes its functions off as native).
type Kept = { name: string; descriptor: PropertyDescriptor };
const kept = (globalThis as unknown as Record<symbol, Kept[]>)[Symbol.for('pdf-batch.engine-builtins')];
const engine = (name: string) => kept.find((k) => k.name === name)?.descriptor.value as (...args: unknown[]) => unknown;
const native = (fn: unknown) => /\{\s*\[native code\]\s*\}$/.test(engine('toString').call(fn) as string);

test('pdf.js replaces push and JSON; restoring puts the engine’s own back, once', async () => {
  // Loading pdf.js (./pdfjs, imported above) is what replaced them: the premise of engine-builtins.mjs.
  assert.equal(native(Array.prototype.push), false, 'pdf.js’s core-js replaced Array.prototype.push');
  assert.equal(native(JSON.stringify), false, 'pdf.js’s core-js replaced JSON.stringify');
  assert.deepEqual(restoreEngineBuiltins().sort(), ['parse', 'push', 'stringify', 'toString']);
  assert.equal(Array.prototype.push, engine('push'));
  assert.equal(JSON.stringify, engine('stringify'));
  for (const fn of [Array.prototype.push, JSON.stringify, JSON.parse, Function.prototype.toString]) assert.equal(native(fn), true);
  assert.deepEqual(restoreEngineBuiltins(), [], 'nothing left to put back');
  assert.equal(Object.keys(Array.prototype).includes('push'), false, 'not enumerable, as before');

  // pdf.js still reads a document with the engine's own built-ins, and keeps what Node 20 lacks.
  const doc = await openPdf(new TextEncoder().encode('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 10 10]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF'));
  assert.equal(doc.numPages, 1);
  assert.deepEqual((await (await doc.getPage(1)).getTextContent()).items, []);
  await closePdf(doc);
  assert.equal(typeof (Set.prototype as unknown as Record<string, unknown>).union, 'function', 'core-js’s additions stay');
});
