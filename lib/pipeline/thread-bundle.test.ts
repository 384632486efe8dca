import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { threadEntryUrl } from './thread-bundle';

test('the PDF threads run a bundle that imports pdf.js from copies beside it, all of it in Latin-1', () => {
  const bundle = fileURLToPath(threadEntryUrl());
  assert.match(path.basename(bundle), /^pdf-thread-[0-9a-f]{16}\.mjs$/, 'bundled, not the tsx fallback');
  const code = readFileSync(bundle, 'utf8');
  assert.doesNotMatch(code, /pdfjs-dist\/legacy\/build\/pdf/);
  const copies = [...code.matchAll(/"\.\/(pdf-(?:worker-)?min-[0-9a-f]{16}\.mjs)"/g)].map((m) => m[1]);
  assert.deepEqual(copies.map((c) => c.replace(/-[0-9a-f]{16}\.mjs$/, '')).sort(), ['pdf-min', 'pdf-worker-min']);
  for (const file of [bundle, ...copies.map((c) => path.join(path.dirname(bundle), c))]) {
    assert.doesNotMatch(readFileSync(file, 'utf8'), /[^\x00-\xff]/, `${path.basename(file)}: a character above Latin-1 makes V8 keep it in two bytes a character`);
  }
});
