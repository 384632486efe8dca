// Code bundled with esbuild into one plain ES module (server/start.mjs for the server,
// lib/pipeline/thread-bundle.ts for the PDF threads): the options both use, and where the result
// is kept. Plain JavaScript, because start.mjs runs before any TypeScript can be loaded.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
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

/**
 * Writes `code` under node_modules/.cache/pdf-batch (so packages resolve from it), named by its
 * content: processes starting together write the same file, each through its own temporary name.
 */
export function writeCachedModule(projectRoot, prefix, code) {
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
