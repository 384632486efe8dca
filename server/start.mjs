// Starts a server entry (server/index.ts by default, or server/worker.ts) without a TypeScript
// loader in the process: the entry and the project code it imports are bundled with esbuild into
// one plain ES module (packages stay external), written under node_modules/.cache and named by its
// content (lib/runtime/cached-module.mjs), then imported here. tsx's loader and the transforms it keeps cost a long-running server
// about 160 MB (449 → 286 MB idle, measured). If the bundle cannot be made, tsx loads the entry.
// The server needs memory settings given when a process starts (lib/runtime/memory-settings.mjs);
// started without them, this script runs the server in a child process that has them, passes
// signals on and exits as it exits (the waiting parent holds about 7 MB of its own).
//   node server/start.mjs [index.ts|worker.ts] [--dev]
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleEntry } from '../lib/runtime/cached-module.mjs';
import { hasMemorySettings, withMemorySettings } from '../lib/runtime/memory-settings.mjs';

if (!hasMemorySettings(process.execArgv, process.env)) {
  const { argv, env } = withMemorySettings(process.execArgv, process.env, fileURLToPath(import.meta.url), process.argv.slice(2));
  const child = spawn(process.execPath, argv, { env, stdio: 'inherit' });
  // Ctrl-C reaches both processes; the server's shutdown ignores the second signal.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.once('error', (err) => {
    process.stderr.write(`pdf-batch: could not start the server process: ${err.message}\n`);
    process.exit(1);
  });
  child.once('exit', (code, signal) => {
    if (!signal) process.exit(code ?? 1);
    process.removeAllListeners(signal);
    process.kill(process.pid, signal); // end as the server ended
  });
} else {
  await start();
}

async function start() {
  const serverDir = path.dirname(fileURLToPath(import.meta.url));
  const projectRoot = path.resolve(serverDir, '..');
  const entryName = process.argv.slice(2).find((a) => a.endsWith('.ts')) ?? 'index.ts';
  const entry = path.join(serverDir, entryName);

  let url;
  try {
    url = (await bundleEntry(projectRoot, entry, path.basename(entryName, '.ts'))).href;
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
}
