import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { projectRoot } from '../paths';
import { QUERY_COMPILER_MODULE, bundleEntry } from './cached-module.mjs';

const generatedClients = ['prisma', 'prisma-pg'].map((name) => path.join(projectRoot, 'lib', 'generated', name, 'internal', 'class.ts'));

test('the generated clients load their query compiler from a base64 module the bundle replaces, through Buffer.from', () => {
  for (const file of generatedClients) {
    const text = readFileSync(file, 'utf8');
    const imported = [...text.matchAll(/import\("([^"]+wasm-base64\.mjs)"\)/g)].map((m) => m[1]);
    assert.equal(imported.length, 1, `${file}: one query compiler module`);
    assert.match(imported[0], QUERY_COMPILER_MODULE);
    assert.match(text, /Buffer\.from\(wasmBase64, 'base64'\)/, `${file}: the base64 becomes bytes through Buffer.from`);
  }
});

test('in a bundle the query compiler is read from its file when asked for, and the same bytes', async () => {
  const specifier = '@prisma/client/runtime/query_compiler_small_bg.sqlite.wasm-base64.mjs';
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pdf-batch-bundle-'));
  try {
    const entry = path.join(dir, 'entry.ts');
    writeFileSync(entry, `export const load = () => import(${JSON.stringify(specifier)});\n`);
    const url = await bundleEntry(projectRoot, entry, 'test-query-compiler');
    const bundled = readFileSync(url, 'utf8');
    assert.doesNotMatch(bundled, /AGFzbQ/, 'no WebAssembly in the bundle');

    const { wasm } = await (await import(url.href)).load();
    assert.notEqual(typeof wasm, 'string', 'nothing kept: the text is made when asked for');
    const { wasm: original } = await import(specifier);
    const bytes = Buffer.from(wasm, 'base64');
    assert.ok(bytes.equals(Buffer.from(original, 'base64')));
    assert.ok(WebAssembly.validate(bytes));
    rmSync(url);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
