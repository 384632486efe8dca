// Applies migrations in a thread that ends when they are done. The schema engine is WebAssembly
// that a process would keep for its whole life once loaded (about 40 MB of a server's resident
// memory, measured); in a thread it is freed when the thread exits. In-process when the thread's
// code cannot be bundled.
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { log } from '../log';
import { projectRoot } from '../paths';
import { bundleEntry } from '../runtime/cached-module.mjs';
import { migrate } from './migrate';

export type ThreadError = { name: string; message: string; stack?: string; code?: string; errno?: number; syscall?: string };
export type MigrateReply = { applied: string[] } | { error: ThreadError };

/** Brings the database at `databaseUrl` up to date (lib/db/migrate.ts); the names of the migrations applied. */
export async function migrateInThread(databaseUrl: string): Promise<string[]> {
  let entry: URL;
  try {
    entry = await bundleEntry(projectRoot, path.join(projectRoot, 'lib', 'db', 'migrate-thread.ts'), 'migrate-thread');
  } catch (err) {
    log.warn({ err }, 'the migration thread could not be bundled; migrating in the server process instead');
    return migrate(databaseUrl);
  }
  return new Promise((resolve, reject) => {
    const worker = new Worker(entry, { workerData: { databaseUrl } });
    let reply: MigrateReply | undefined;
    let failure: Error | undefined;
    worker.once('message', (message: MigrateReply) => {
      reply = message;
      void worker.terminate(); // done: whatever the engine left open must not keep the thread
    });
    worker.once('error', (err) => {
      failure = err;
    });
    worker.once('exit', (code) => {
      if (reply && 'applied' in reply) return resolve(reply.applied);
      if (reply) return reject(Object.assign(new Error(reply.error.message), reply.error));
      reject(failure ?? new Error(`the migration thread stopped (exit code ${code}) before it answered`));
    });
  });
}
