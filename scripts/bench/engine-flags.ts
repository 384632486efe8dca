// Tuned bare pdf.js runs in the bench's own threads, and the server runs with the engine's V8 flags
// (ENGINE_FLAGS, lib/runtime/memory-settings.mjs: heaps marked by their own thread).
// A V8 flag of that kind holds from a process's start, so the bench runs itself again with them:
// the ratios to tuned pdf.js then compare the system with pdf.js on the same engine, not two
// garbage collectors (pdf.js as shipped runs in a process of its own: bare-shipped.ts).
import { spawnSync } from 'node:child_process';
import { ENGINE_FLAGS, flagsNotGiven } from '../../lib/runtime/memory-settings.mjs';

/** Runs this script again with the engine's flags and exits as it exits; returns at once when it has them. */
export function runWithEngineFlags(): void {
  const missing = flagsNotGiven(ENGINE_FLAGS, process.execArgv, process.env); // none once it runs with them
  if (missing.length === 0) return;
  const child = spawnSync(process.execPath, [...missing, ...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit' });
  process.exit(child.status ?? 1);
}
