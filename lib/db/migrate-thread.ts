// Entry of the short-lived thread that applies migrations (migrate-in-thread.ts): the schema
// engine's WebAssembly stays in this thread and is freed with it.
import { parentPort, workerData } from 'node:worker_threads';
import { migrate } from './migrate';
import type { MigrateReply, ThreadError } from './migrate-in-thread';

const { databaseUrl } = workerData as { databaseUrl: string };
let reply: MigrateReply;
try {
  reply = { applied: await migrate(databaseUrl) };
} catch (err) {
  reply = { error: plainError(err) };
}
parentPort?.postMessage(reply);

/** The error as data that crosses to the server: what it says and the codes callers test. */
function plainError(err: unknown): ThreadError {
  const e = err instanceof Error ? err : new Error(String(err));
  const { code, errno, syscall } = e as Error & { code?: unknown; errno?: unknown; syscall?: unknown };
  // An AggregateError (a host with several addresses, none reachable) may say nothing itself.
  const inner = e instanceof AggregateError ? e.errors.map((x) => (x instanceof Error ? x.message : String(x))).join('; ') : '';
  return {
    name: e.name,
    message: e.message || inner || e.name,
    stack: e.stack,
    ...(typeof code === 'string' ? { code } : {}),
    ...(typeof errno === 'number' ? { errno } : {}),
    ...(typeof syscall === 'string' ? { syscall } : {}),
  };
}
