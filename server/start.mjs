// Starts a server entry (server/index.ts by default, or server/worker.ts) without a TypeScript
// loader in the process: the entry and the project code it imports are bundled with esbuild into
// one plain ES module (packages stay external), written under node_modules/.cache and named by its
// content (lib/runtime/cached-module.mjs), then imported here. tsx's loader and the transforms it
// keeps cost a long-running server about 160 MB (449 → 286 MB idle, measured). If the bundle
// cannot be made, tsx loads the entry.
// The server needs memory settings given when a process starts (MEMORY_PROFILE, lib/runtime/memory-settings.mjs):
// `npm start` (server/start.sh) starts this script with them. Started without them (`node
// server/start.mjs`, as on Windows), it runs the server in a child process that has them, passes
// signals on and exits as it exits (the waiting parent holds about 8 MB of its own).
//   node server/start.mjs [index.ts|worker.ts] [--dev]
import { spawn } from 'node:child_process';
import inspector from 'node:inspector';
import { Socket } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import { bundleEntry } from '../lib/runtime/cached-module.mjs';
import { THREAD_ENGINE_FLAGS, flagsNotGiven, hasMemorySettings, threadFlagResets, withMemorySettings } from '../lib/runtime/memory-settings.mjs';

/** Names the file descriptor on which a launched server learns that its launcher is gone. */
const LIFELINE = 'PDF_BATCH_LAUNCHER_FD';

let tuned;
try {
  tuned = hasMemorySettings(process.execArgv, process.env);
} catch (err) {
  process.stderr.write(`pdf-batch could not start: ${err.message}\n`); // a MEMORY_PROFILE it does not know
  process.exit(1);
}
if (!tuned) launch();
else {
  // The profile's V8 flags were for this (main) thread's heap; threads get their own limits.
  for (const reset of threadFlagResets(process.execArgv, process.env)) v8.setFlagsFromString(reset);
  // The PDF threads' engine flags (THREAD_ENGINE_FLAGS, each with its reasons), from now on.
  for (const flag of flagsNotGiven(THREAD_ENGINE_FLAGS, process.execArgv, process.env)) v8.setFlagsFromString(flag);
  watchLauncher();
  await start();
}

/** Runs this script again in a child process with the memory settings, and lives as long as it does. */
function launch() {
  inspector.close(); // `node --inspect server/start.mjs`: the port is for the server, not for this parent
  const { argv, env } = withMemorySettings(process.execArgv, process.env, fileURLToPath(import.meta.url), process.argv.slice(2));
  const child = spawn(process.execPath, argv, { env: { ...env, [LIFELINE]: '3' }, stdio: ['inherit', 'inherit', 'inherit', 'pipe'] });
  // Ctrl-C reaches both processes from the terminal (the server ignores the second signal); a
  // signal sent to this process alone is passed on. On Windows a "signal" sent to a process
  // ends it at once, so nothing is passed on: the lifeline lets the server shut down itself.
  if (process.platform !== 'win32') for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  else for (const signal of ['SIGINT', 'SIGBREAK']) process.on(signal, () => {});
  child.once('error', (err) => {
    process.stderr.write(`pdf-batch: could not start the server process: ${err.message}\n`);
    process.exit(1);
  });
  // As a shell reports a process ended by a signal: 128 + its number.
  child.once('exit', (code, signal) => process.exit(code ?? 128 + (os.constants.signals[signal] ?? 0)));
}

/** In a server started by launch(): when the launcher dies (even by SIGKILL), shut down as on SIGTERM. */
function watchLauncher() {
  const fd = Number(process.env[LIFELINE]);
  delete process.env[LIFELINE]; // not for the server's own children
  if (!Number.isInteger(fd)) return;
  const lifeline = new Socket({ fd, readable: true, writable: false });
  lifeline.on('error', () => {});
  lifeline.once('close', () => process.kill(process.pid, 'SIGTERM'));
  lifeline.resume();
  lifeline.unref();
}

async function start() {
  const serverDir = path.dirname(fileURLToPath(import.meta.url));
  const projectRoot = path.resolve(serverDir, '..');
  const entryName = process.argv.slice(2).find((a) => a.endsWith('.ts')) ?? 'index.ts';
  const entry = path.join(serverDir, entryName);
  // esbuild's synchronous API (the threads' bundles, lib/pipeline/thread-bundle.ts) would keep a
  // worker thread and an esbuild process for the server's life (about 40 MB together): one short
  // esbuild process for each bundle instead. Read when esbuild is first imported, just below.
  process.env.ESBUILD_WORKER_THREADS ??= '0';

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
