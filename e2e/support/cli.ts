// Runs the pdf-batch CLI (server/cli.mjs) as a subprocess, as `npx pdf-batch` would, or any other
// of the project's scripts (server/start.mjs) or commands (npm start), and collects its exit code
// and output.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from './server';

export type CliRun = { code: number | null; stdout: string; stderr: string };

type RunOptions = { env?: Record<string, string>; cwd?: string };

export const runCli = (args: string[], options: RunOptions = {}): Promise<CliRun> => runScript(path.join('server', 'cli.mjs'), args, options);

/** Runs `node <script> args…` (`script` relative to the project root) to its end. */
export const runScript = (script: string, args: string[], options: RunOptions = {}): Promise<CliRun> =>
  runCommand(process.execPath, [path.join(projectRoot, script), ...args], options);

/** Runs `command args…` to its end (`npm` found on PATH, as a person's shell finds it). */
export function runCommand(command: string, args: string[], options: RunOptions = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}
