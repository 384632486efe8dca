// Starts the real pdf-batch server (production build, real database, real worker threads) in a
// child process on a free port with its own temporary DATA_DIR, for integration tests. The
// database is SQLite in DATA_DIR, or a Postgres database of its own under TEST_POSTGRES_URL.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { testDatabaseUrl } from './database';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

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

export async function startServer(options: { dataDir?: string; env?: Record<string, string> } = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? (await makeDataDir());
  const databaseUrl = options.env?.DATABASE_URL ?? (await testDatabaseUrl(dataDir));
  const env = {
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    WORKER_CONCURRENCY: '2',
    LOG_LEVEL: 'warn',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    ...options.env,
  };
  const started = await spawnUntilReady('index.ts', env, /ready on (http:\/\/[\d.]+:\d+)/);
  return { url: started.match[1], dataDir, ...started.handle };
}

export type TestWorker = Omit<TestServer, 'url' | 'dataDir'>;

/** A worker-only process (npm run worker) on the given Postgres database and shared DATA_DIR. */
export async function startWorker(options: { dataDir: string; databaseUrl: string; env?: Record<string, string> }): Promise<TestWorker> {
  const env = { DATA_DIR: options.dataDir, DATABASE_URL: options.databaseUrl, WORKER_CONCURRENCY: '1', LOG_LEVEL: 'warn', ...options.env };
  return (await spawnUntilReady('worker.ts', env, /worker (\S+) is ready/)).handle;
}

/** Runs server/<entry> in a child process and resolves once its output matches `ready`. */
async function spawnUntilReady(entry: string, env: Record<string, string>, ready: RegExp): Promise<{ match: RegExpExecArray; handle: TestWorker }> {
  // As `npm start` and `npm run worker` run it (server/start.mjs imports the bundled entry in its
  // own process): a SIGKILL here kills the server itself, as a crash would.
  const child = spawn(process.execPath, [path.join(projectRoot, 'server', 'start.mjs'), entry], {
    cwd: projectRoot,
    env: { ...process.env, ...env },
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

  return {
    match,
    handle: {
      process: child,
      output: () => output,
      stop: async () => {
        child.kill('SIGTERM');
        return exited;
      },
      kill: async () => {
        child.kill('SIGKILL');
        await exited;
      },
    },
  };
}
