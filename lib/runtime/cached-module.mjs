// Code bundled with esbuild into one plain ES module (server/start.mjs for the server, the
// migration thread, lib/pipeline/thread-bundle.ts for the PDF threads): the options they use, and
// where the result is kept. Plain JavaScript, because start.mjs runs before any TypeScript can be loaded.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** esbuild options: one ES module for Node, packages left to Node to resolve, output kept in memory. */
export const BUNDLE_OPTIONS = Object.freeze({
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  write: false,
  logLevel: 'silent',
});

// Spelled so that this file's own source, when bundled through the plugin, keeps the text it searches for.
const IMPORT_META_URL = ['import', 'meta', 'url'].join('.');

/**
 * An esbuild plugin: each bundled project file keeps its own import.meta.url (lib/paths.ts finds
 * the project root from it, createRequire resolves from it), as it would when loaded one file at a time.
 */
export const ownImportMetaUrl = Object.freeze({
  name: 'own-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.(ts|mts|mjs)$/, namespace: 'file' }, (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes(IMPORT_META_URL)) return undefined;
      const loader = args.path.endsWith('.ts') || args.path.endsWith('.mts') ? 'ts' : 'js';
      return { contents: text.replaceAll(IMPORT_META_URL, JSON.stringify(pathToFileURL(args.path).href)), loader };
    });
  },
});

/** The modules of Prisma's query compilers in base64, as the generated clients import them. */
export const QUERY_COMPILER_MODULE = /^@prisma\/client\/runtime\/query_compiler_[\w.]+\.wasm-base64\.mjs$/;

/**
 * An esbuild plugin: Prisma's generated client imports its query compiler as a module whose one
 * export is the WebAssembly in base64 (2.2 MB), and V8 keeps that module's source and the string
 * for the life of the process (4.3 MB of the main heap, a tenth of it when idle). In a bundle the
 * module is one whose export gives the same text when the client turns it into bytes
 * (`Buffer.from(wasm, 'base64')` asks for the primitive), read from the module's file then and not kept.
 */
export const queryCompilerReadWhenAsked = Object.freeze({
  name: 'query-compiler-read-when-asked',
  setup(build) {
    build.onResolve({ filter: QUERY_COMPILER_MODULE }, (args) => ({ path: args.path, namespace: 'query-compiler' }));
    build.onLoad({ filter: /.*/, namespace: 'query-compiler' }, (args) => ({
      contents: [
        "import { readFileSync } from 'node:fs';",
        `const file = new URL(import.meta.resolve(${JSON.stringify(args.path)}));`,
        'export const wasm = { [Symbol.toPrimitive]() { const text = readFileSync(file, "latin1"); return text.slice(text.indexOf(\'"\') + 1, text.lastIndexOf(\'"\')); } };',
      ].join('\n'),
      loader: 'js',
    }));
  },
});

// JavaScript's whitespace and line ends above Latin-1: as escapes they would no longer be either.
const SPACE_ABOVE_LATIN1 = /[\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/**
 * `source` with every character above Latin-1 written as its \u escape. V8 keeps a module's
 * source as long as its isolate lives, in two bytes a character as soon as one character is above
 * Latin-1: pdf.js and our bundles have a few hundred each (in strings and regexps), which doubled
 * the 2.2 million characters a PDF thread keeps. An escape reads the same in strings, templates,
 * regexps, identifiers and comments; a character escaped by a backslash gets the \u escape
 * instead. What changes is the raw text of a tagged template (String.raw): ours are regexp
 * sources, where the escape reads the same. Unchanged when the source has whitespace or a line
 * end above Latin-1, which an escape would turn into text.
 */
export function latin1Source(source) {
  if (!/[^\x00-\xff]/.test(source) || SPACE_ABOVE_LATIN1.test(source)) return source;
  return source.replace(/(\\*)([^\x00-\xff])/g, (_, backslashes, char) => {
    const escape = `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
    return (backslashes.length % 2 === 1 ? backslashes.slice(1) : backslashes) + escape;
  });
}

/**
 * Writes the module `source` (latin1Source) under node_modules/.cache/pdf-batch (so packages
 * resolve from it), named by its content: processes starting together write the same file, each
 * through its own temporary name.
 */
export function writeCachedModule(projectRoot, prefix, source) {
  const code = latin1Source(source);
  const dir = path.join(projectRoot, 'node_modules', '.cache', 'pdf-batch');
  const file = path.join(dir, `${prefix}-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, code);
    renameSync(partial, file);
  }
  return pathToFileURL(file);
}

/** Bundles the TypeScript `entry` (an absolute path) with its project imports; the URL of the cached module. */
export async function bundleEntry(projectRoot, entry, prefix) {
  const esbuild = await import('esbuild');
  try {
    const { outputFiles } = await esbuild.build({ ...BUNDLE_OPTIONS, entryPoints: [entry], plugins: [ownImportMetaUrl, queryCompilerReadWhenAsked] });
    return writeCachedModule(projectRoot, prefix, outputFiles[0].text);
  } finally {
    await esbuild.stop(); // its service process (about 12 MB) would otherwise live as long as the server
  }
}
