// The PDF threads' code (and the OCR thread's) as one plain ES module, bundled with esbuild when a
// pool starts, so that a thread loads no TypeScript loader: tsx costs each thread a second V8
// isolate for its hooks (about 30 MB) and transforms at every start. Written under
// node_modules/.cache and named by its content, so packages (pdf.js) resolve from it and servers
// starting together write the same file.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import { log } from '../log';
import { projectRoot } from '../paths';
import { BUNDLE_OPTIONS, writeCachedModule } from '../runtime/cached-module.mjs';

const bootstrap = new URL('./thread-bootstrap.mjs', import.meta.url);
// A bundle runs the packages it imports (pdf.js) before any code of its own, so the modules that
// pdfjs.ts imports first (the engine's built-ins kept, the polyfills) would come too late in it:
// the bundle imports them ahead of everything.
const beforePdfjs = ['engine-builtins.mjs', 'pdfjs-node20-polyfills.mjs'].map((file) => pathToFileURL(path.join(projectRoot, 'lib', 'pipeline', file)).href);

const require = createRequire(import.meta.url);
/** pdf.js's modules, as the PDF threads import them. */
const PDFJS_MODULES = ['pdfjs-dist/legacy/build/pdf.min.mjs', 'pdfjs-dist/legacy/build/pdf.worker.min.mjs'];

/**
 * `code` importing pdf.js's modules from copies written beside it in the cache, where they get
 * the bundle's treatment (latin1Source): each PDF thread keeps their 1.9 million characters of
 * source, 3.7 MB as pdf.js ships them and 1.9 MB as copies.
 */
function withPdfjsCopies(code: string): string {
  let result = code;
  for (const specifier of PDFJS_MODULES) {
    const quoted = JSON.stringify(specifier);
    if (!result.includes(quoted)) continue; // the OCR thread's bundle: no pdf.js to copy
    const copy = writeCachedModule(projectRoot, path.basename(specifier, '.mjs').replaceAll('.', '-'), readFileSync(require.resolve(specifier), 'utf8'));
    result = result.replaceAll(quoted, JSON.stringify(`./${path.basename(fileURLToPath(copy))}`));
  }
  return result;
}

/** The URL a worker thread starts from: `entry` bundled, or `fallback` (through tsx) when it cannot be made. */
function bundledEntry(entry: string, prefix: string, fallback: URL, banner?: string): URL {
  try {
    const { outputFiles } = buildSync({ ...BUNDLE_OPTIONS, entryPoints: [entry], ...(banner ? { banner: { js: banner } } : {}) });
    return writeCachedModule(projectRoot, prefix, withPdfjsCopies(outputFiles[0].text));
  } catch (err) {
    log.warn({ err, entry: path.relative(projectRoot, entry) }, 'a worker thread\'s code could not be bundled; it loads through tsx instead (more memory per thread)');
    return fallback;
  }
}

/** The URL a PDF thread starts from: the bundle, or thread-bootstrap.mjs (tsx) when it cannot be made. */
export const threadEntryUrl = (): URL =>
  bundledEntry(path.join(projectRoot, 'lib', 'pipeline', 'thread-entry.ts'), 'pdf-thread', bootstrap, beforePdfjs.map((url) => `import ${JSON.stringify(url)};`).join('\n'));

/** The URL the OCR thread starts from (ocr/ocr-host-entry.ts bundled, or through tsx). */
export const ocrHostEntryUrl = (): URL =>
  bundledEntry(path.join(projectRoot, 'lib', 'pipeline', 'ocr', 'ocr-host-entry.ts'), 'ocr-thread', new URL('./ocr/ocr-host-bootstrap.mjs', import.meta.url));
