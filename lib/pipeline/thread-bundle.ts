// The PDF threads' code as one plain ES module, bundled with esbuild when a pool starts, so that a
// thread loads no TypeScript loader: tsx costs each thread a second V8 isolate for its hooks (about
// 30 MB) and transforms at every start. Written under node_modules/.cache and named by its content,
// so packages (pdf.js) resolve from it and servers starting together write the same file.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import { log } from '../log';
import { projectRoot } from '../paths';

const bootstrap = new URL('./thread-bootstrap.mjs', import.meta.url);

/** The URL a PDF thread starts from: the bundle, or thread-bootstrap.mjs (tsx) when it cannot be made. */
export function threadEntryUrl(): URL {
  try {
    const { outputFiles } = buildSync({
      entryPoints: [path.join(projectRoot, 'lib', 'pipeline', 'thread-entry.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      write: false,
      logLevel: 'silent',
    });
    const code = outputFiles[0].contents;
    const dir = path.join(projectRoot, 'node_modules', '.cache', 'pdf-batch');
    const file = path.join(dir, `pdf-thread-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`);
    if (!existsSync(file)) {
      mkdirSync(dir, { recursive: true });
      const partial = `${file}.${process.pid}.tmp`;
      writeFileSync(partial, code);
      renameSync(partial, file);
    }
    return pathToFileURL(file);
  } catch (err) {
    log.warn({ err }, 'the PDF thread code could not be bundled; threads load it through tsx instead (more memory per thread)');
    return bootstrap;
  }
}
