// Runs the pdf-batch CLI (server/cli.mjs) as a subprocess, as `npx pdf-batch` would, and collects
// its exit code and output.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from './server';

export type CliRun = { code: number | null; stdout: string; stderr: string };

export function runCli(args: string[], options: { env?: Record<string, string>; cwd?: string } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(projectRoot, 'server', 'cli.mjs'), ...args], {
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
