import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { projectRoot } from '../paths';
import { QUERY_COMPILER_MODULE, bundleEntry, latin1Source } from './cached-module.mjs';

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

test('the server and the worker bundle (start.mjs would otherwise load them through tsx, 30 MB more, with only a warning)', async () => {
  for (const entry of ['index.ts', 'worker.ts']) {
    const url = await bundleEntry(projectRoot, path.join(projectRoot, 'server', entry), `test-${path.basename(entry, '.ts')}`);
    const code = readFileSync(url, 'utf8');
    assert.doesNotMatch(code, /import\(\s*"[^"]*wasm-base64/, `${entry}: the query compiler is read when asked, not imported`);
    assert.doesNotMatch(code, /[^\x00-\xff]/, `${entry}: one byte a character`);
    rmSync(url);
  }
});

test('latin1Source writes what is above Latin-1 as escapes that read the same, and keeps Latin-1', () => {
  const source = [
    'const café = "naïve – 5 €";',
    'const ω = 2; const dash = /^[–—]\\s?€$/; const emoji = /^😀|[α-ω]$/u;',
    'const template = `Ω${ω}`; const escaped = "\\€\\\\"; const raw = String.raw`[†]`;',
    '// a comment – with a dash',
    'return { café, ω, dash, emoji, template, escaped, raw };',
  ].join('\n');
  const written = latin1Source(source);
  assert.doesNotMatch(written, /[^\x00-\xff]/);
  assert.match(written, /café = "naïve/, 'Latin-1 stays as it is');
  const before = new Function(source)();
  const after = new Function(written)();
  for (const key of ['café', 'ω', 'template', 'escaped']) assert.equal(after[key], before[key], key);
  assert.equal(after.escaped, '€\\');
  for (const text of ['– €', '—€', '-€']) assert.equal(after.dash.test(text), before.dash.test(text), text);
  for (const text of ['😀', 'β', 'b', '\ud83d']) assert.equal(after.emoji.test(text), before.emoji.test(text), text);
  assert.ok(new RegExp(after.raw).test('†'), 'a String.raw regexp source reads the same as a regexp');
});

test('latin1Source leaves a source with whitespace or a line end above Latin-1 as it is', () => {
  for (const source of ['const a = 1;\u2028const b = "–";', 'const\u3000a = "–";']) assert.equal(latin1Source(source), source);
  assert.equal(latin1Source('const a = "é";'), 'const a = "é";');
});
