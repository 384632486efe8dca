// Starts the real pdf-batch server (production build, real database, real worker threads) in a
// child process on a free port with its own temporary DATA_DIR, for integration tests. The
// database is SQLite in DATA_DIR, or a Postgres database of its own under TEST_POSTGRES_URL.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROFILES as MEMORY_PROFILES, withMemorySettings } from '../../lib/runtime/memory-settings.mjs';
import { testDatabaseUrl } from './database';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The pids listed in a /proc children file; none when it is gone (its process or thread ended). */
const listedPids = (file: string): number[] => {
  try {
    return readFileSync(file, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
};

/** The child processes of `pid`, whichever of its threads started them (Linux: /proc/<pid>/task/<tid>/children). */
export const childrenOf = (pid: number): number[] => {
  let threads: string[];
  try {
    threads = readdirSync(`/proc/${pid}/task`);
  } catch {
    return []; // gone
  }
  return threads.flatMap((tid) => listedPids(`/proc/${pid}/task/${tid}/children`));
};

/** Every process below `pid`: its children, theirs, and so on (what `npm start` leaves running, npm aside). */
export const descendantsOf = (pid: number): number[] => childrenOf(pid).flatMap((child) => [child, ...descendantsOf(child)]);

/** Whether process `pid` still runs. */
export const isRunning = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Those of `pids` still running after up to `waitMs`, then killed (SIGKILL) so that nothing is left behind. */
export async function killSurvivors(pids: number[], waitMs = 10_000): Promise<number[]> {
  const deadline = Date.now() + waitMs;
  while (pids.some(isRunning) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  const left = pids.filter(isRunning);
  for (const pid of left) process.kill(pid, 'SIGKILL');
  return left;
}

/**
 * How a server process is started:
 * - `direct` (the default): `node server/start.mjs` with the memory settings given here, so that
 *   start.mjs runs the server in this very process: a SIGKILL kills the server itself, as a crash
 *   would, and the pid is the server's;
 * - `npm`: `npm start` (or `npm run worker`) itself, in an environment without the memory settings;
 *   `process` is npm, the server runs below it (descendantsOf);
 * - `launcher`: `node server/start.mjs` without the settings (as on Windows), which runs the server
 *   in a child process of its own; `process` is that launcher.
 */
export type StartedAs = 'direct' | 'npm' | 'launcher';

export type TestServer = {
  url: string;
  dataDir: string;
  process: ChildProcess;
  output: () => string;
  /** SIGTERM, and wait for the exit code. */
  stop: () => Promise<number | null>;
  /** SIGKILL: the process dies at once, as in a crash. */
  kill: () => Promise<void>;
};

export async function makeDataDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'pdf-batch-test-'));
}

export async function removeDataDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/**
 * A server on its own DATA_DIR (and its own Postgres database when the tests run on Postgres).
 * `as`: how it is started (StartedAs). `nodeFlags`: Node options of the server's own, which win over
 * the memory settings (`direct` only).
 */
export async function startServer(
  options: { dataDir?: string; env?: Record<string, string>; as?: StartedAs; nodeFlags?: string[] } = {},
): Promise<TestServer> {
  const dataDir = options.dataDir ?? (await makeDataDir());
  const databaseUrl = options.env?.DATABASE_URL ?? (await testDatabaseUrl(dataDir));
  const env = {
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    WORKER_CONCURRENCY: '2',
    LOG_LEVEL: 'warn',
    DATABASE_URL: databaseUrl,
    ...options.env,
  };
  const started = await spawnUntilReady('index.ts', env, /ready on (http:\/\/[\d.]+:\d+)/, { as: options.as, nodeFlags: options.nodeFlags });
  return { url: started.match[1], dataDir, ...started.handle };
}

export type TestWorker = Omit<TestServer, 'url' | 'dataDir'>;

/** A worker-only process (npm run worker) on the given Postgres database and shared DATA_DIR. */
export async function startWorker(options: { dataDir: string; databaseUrl: string; env?: Record<string, string> }): Promise<TestWorker> {
  const env = { DATA_DIR: options.dataDir, DATABASE_URL: options.databaseUrl, WORKER_CONCURRENCY: '1', LOG_LEVEL: 'warn', ...options.env };
  return (await spawnUntilReady('worker.ts', env, /worker (\S+) is ready/)).handle;
}

/** The environment without the variables of the memory settings (as a shell that never set them). */
function withoutMemorySettings(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const copy = { ...env };
  for (const profile of Object.values(MEMORY_PROFILES)) for (const name of Object.keys(profile.env)) delete copy[name];
  return copy;
}

/** Runs server/<entry> in a child process and resolves once its output matches `ready`. */
async function spawnUntilReady(
  entry: string,
  env: Record<string, string>,
  ready: RegExp,
  { as = 'direct', nodeFlags = [] }: { as?: StartedAs; nodeFlags?: string[] } = {},
): Promise<{ match: RegExpExecArray; handle: TestWorker }> {
  const script = path.join(projectRoot, 'server', 'start.mjs');
  const bare = { ...withoutMemorySettings(process.env), ...env }; // the settings of this shell out, the test's own in
  const launch =
    as === 'npm'
      ? { command: 'npm', argv: entry === 'worker.ts' ? ['run', 'worker'] : ['start'], env: bare }
      : as === 'launcher'
        ? { command: process.execPath, argv: [script, entry], env: bare }
        : { command: process.execPath, ...withMemorySettings(nodeFlags, { ...process.env, ...env }, script, [entry]) };
  const child = spawn(launch.command, launch.argv, {
    cwd: projectRoot,
    env: launch.env as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const match = await new Promise<RegExpExecArray>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${entry} did not start in 120 s:\n${output}`)), 120_000);
    const onData = () => {
      const found = ready.exec(output);
      if (found) {
        clearTimeout(timer);
        child.stdout.off('data', onData);
        resolve(found);
      }
    };
    child.stdout.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${entry} exited with ${code} before it was ready:\n${output}`));
    });
  });

  // A server that dies on its own makes the next request fail with a bare "fetch failed": say why.
  let stopping = false;
  child.once('exit', (code, signal) => {
    if (!stopping) process.stderr.write(`\n[test server] ${entry} exited on its own (code ${code}, signal ${signal}); its output:\n${output.slice(-4000)}\n`);
  });
  return {
    match,
    handle: {
      process: child,
      output: () => output,
      stop: async () => {
        stopping = true;
        child.kill('SIGTERM');
        return exited;
      },
      kill: async () => {
        stopping = true;
        child.kill('SIGKILL');
        await exited;
      },
    },
  };
}
