// Starts a server entry (server/index.ts by default, or server/worker.ts) without a TypeScript
// loader in the process: the entry and the project code it imports are bundled with esbuild into
// one plain ES module (packages stay external), written under node_modules/.cache and named by its
// content (lib/runtime/cached-module.mjs), then imported here. tsx's loader and the transforms it keeps cost a long-running server
// about 160 MB (449 → 286 MB idle, measured). If the bundle cannot be made, tsx loads the entry.
//   node server/start.mjs [index.ts|worker.ts] [--dev]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BUNDLE_OPTIONS, writeCachedModule } from '../lib/runtime/cached-module.mjs';

const serverDir = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.resolve(serverDir, '..');
const entryName = process.argv.slice(2).find((a) => a.endsWith('.ts')) ?? 'index.ts';
const entry = path.join(serverDir, entryName);

/**
 * Each bundled file keeps its own import.meta.url (lib/paths.ts finds the project root from it,
 * createRequire resolves from it), as it would when loaded one file at a time.
 */
const ownImportMetaUrl = {
  name: 'own-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.(ts|mts|mjs)$/ }, (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      return { contents: text.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)), loader: args.path.endsWith('.ts') || args.path.endsWith('.mts') ? 'ts' : 'js' };
    });
  },
};

async function bundle() {
  const { build } = await import('esbuild');
  const { outputFiles } = await build({ ...BUNDLE_OPTIONS, entryPoints: [entry], plugins: [ownImportMetaUrl] });
  return writeCachedModule(projectRoot, path.basename(entryName, '.ts'), outputFiles[0].contents).href;
}

let url;
try {
  url = await bundle();
} catch (err) {
  process.stderr.write(`pdf-batch: could not bundle ${entryName} (${err instanceof Error ? err.message : err}); loading it through tsx instead (more memory)\n`);
}
if (url) {
  await import(url);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(entry).href);
}
