// The PDF threads' code as one plain ES module, bundled with esbuild when a pool starts, so that a
// thread loads no TypeScript loader: tsx costs each thread a second V8 isolate for its hooks (about
// 30 MB) and transforms at every start. Written under node_modules/.cache and named by its content,
// so packages (pdf.js) resolve from it and servers starting together write the same file.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import { log } from '../log';
import { projectRoot } from '../paths';
import { BUNDLE_OPTIONS, writeCachedModule } from '../runtime/cached-module.mjs';

const bootstrap = new URL('./thread-bootstrap.mjs', import.meta.url);
// A bundle runs the packages it imports (pdf.js) before any code of its own, so the polyfills that
// pdfjs.ts imports first would come too late in it: the bundle imports them ahead of everything.
const polyfills = pathToFileURL(path.join(projectRoot, 'lib', 'pipeline', 'pdfjs-node20-polyfills.mjs')).href;

/** The URL a PDF thread starts from: the bundle, or thread-bootstrap.mjs (tsx) when it cannot be made. */
export function threadEntryUrl(): URL {
  try {
    const { outputFiles } = buildSync({
      ...BUNDLE_OPTIONS,
      entryPoints: [path.join(projectRoot, 'lib', 'pipeline', 'thread-entry.ts')],
      banner: { js: `import ${JSON.stringify(polyfills)};` },
    });
    return writeCachedModule(projectRoot, 'pdf-thread', outputFiles[0].contents);
  } catch (err) {
    log.warn({ err }, 'the PDF thread code could not be bundled; threads load it through tsx instead (more memory per thread)');
    return bootstrap;
  }
}
