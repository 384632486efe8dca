// Entry of the short-lived thread that applies migrations (migrate-in-thread.ts): the schema
// engine's WebAssembly stays in this thread and is freed with it.
import { parentPort, workerData } from 'node:worker_threads';
import { migrate } from './migrate';
import type { MigrateReply } from './migrate-in-thread';

const { databaseUrl } = workerData as { databaseUrl: string };
let reply: MigrateReply;
try {
  reply = { applied: await migrate(databaseUrl) };
} catch (err) {
  const e = err instanceof Error ? err : new Error(String(err));
  reply = { error: { name: e.name, message: e.message, stack: e.stack } };
}
parentPort?.postMessage(reply);
