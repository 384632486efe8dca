// A bench's server is stopped once, and its temporary DATA_DIR removed, when the bench ends or on
// Ctrl-C, also while it is still starting (scripts/bench.ts, scripts/bench-load.ts).
import { removeDataDir, type TestServer } from '../../e2e/support/server';

/** The function that stops the server `starting` will be; Ctrl-C calls it too, then exits 130. */
export function stopWhenDone(starting: Promise<TestServer>): () => Promise<void> {
  starting.catch(() => {}); // awaited by the bench; this keeps it from counting as unhandled meanwhile
  let stopped: Promise<void> | null = null;
  const stop = () =>
    (stopped ??= (async () => {
      const server = await starting.catch(() => null);
      if (!server) return;
      await server.stop();
      await removeDataDir(server.dataDir);
    })());
  process.once('SIGINT', () => void stop().finally(() => process.exit(130)));
  return stop;
}
