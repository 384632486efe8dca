// With the embedded database, one server owns DATA_DIR: a second one on the same folder would
// share the queue without sharing leases. The lock holds the owner's pid; a dead owner's lock
// (after kill -9) is taken over.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

export function lockDataDir(dataDir: string): () => void {
  const file = path.join(dataDir, 'server.pid');
  let owner: number | null = null;
  try {
    owner = Number.parseInt(readFileSync(file, 'utf8'), 10);
  } catch {
    owner = null;
  }
  if (owner && owner !== process.pid && isAlive(owner)) {
    throw new Error(`Another pdf-batch server (pid ${owner}) is using DATA_DIR ${dataDir}. Stop it, or give this one another DATA_DIR.`);
  }
  writeFileSync(file, String(process.pid));
  return () => rmSync(file, { force: true });
}
