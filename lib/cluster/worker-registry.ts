// Which processes run PDF threads, for every node to see (a web node of a cluster runs none and
// would otherwise report 0): each such process writes its row (threads, ready, busy) every
// LEASE_S / 3 and deletes it when it stops. A row not written for LEASE_S is a process that died
// (its jobs' leases expire as well); it is no longer counted, and gone after a day.
import os from 'node:os';
import { db } from '../db/client';
import { databaseNow } from '../db/database-now';
import { log } from '../log';
import type { WorkerStatus } from '../runtime/worker-status';

export type ClusterWorker = {
  worker_id: string;
  host: string;
  pid: number;
  threads: number;
  ready: number;
  busy: number;
  started_at: string;
  seen_at: string;
};

const FORGOTTEN_AFTER_MS = 24 * 60 * 60 * 1000;

/** Writes this process's row now (resolving once written) and every `leaseMs / 3`; the function returned deletes it. */
export async function registerWorker(workerId: string, status: () => WorkerStatus, leaseMs: number): Promise<() => Promise<void>> {
  const startedAt = new Date();
  let writing: Promise<void> = Promise.resolve();
  const write = () => {
    writing = writing.then(async () => {
      const { concurrency, ready, busy } = status();
      try {
        const client = await db();
        const now = await databaseNow(client);
        const row = { host: os.hostname(), pid: process.pid, threads: concurrency, ready, busy, startedAt, seenAt: now };
        await client.worker.upsert({ where: { id: workerId }, create: { id: workerId, ...row }, update: row });
        await client.worker.deleteMany({ where: { seenAt: { lt: new Date(now.getTime() - FORGOTTEN_AFTER_MS) } } });
      } catch (err) {
        log.error({ err }, 'the worker registry could not be written');
      }
    });
    return writing;
  };
  await write();
  const timer = setInterval(() => void write(), leaseMs / 3);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await writing;
    try {
      await (await db()).worker.deleteMany({ where: { id: workerId } });
    } catch (err) {
      log.warn({ err }, 'the worker registry row could not be removed; it stops counting after LEASE_S');
    }
  };
}

/**
 * The processes with PDF threads that wrote their row within `leaseMs` before `now` (a time the
 * caller already read from the database; else the database's clock is read), by id.
 */
export async function clusterWorkers(leaseMs: number, now?: Date): Promise<ClusterWorker[]> {
  const client = await db();
  now ??= await databaseNow(client);
  const rows = await client.worker.findMany({ where: { seenAt: { gte: new Date(now.getTime() - leaseMs) } }, orderBy: { id: 'asc' } });
  return rows.map((row) => ({
    worker_id: row.id,
    host: row.host,
    pid: row.pid,
    threads: row.threads,
    ready: row.ready,
    busy: row.busy,
    started_at: row.startedAt.toISOString(),
    seen_at: row.seenAt.toISOString(),
  }));
}

/** All the PDF threads of these processes. */
export const threadsOf = (workers: readonly ClusterWorker[]) => workers.reduce((sum, w) => sum + w.threads, 0);

/** Deletes every row but `workerId`'s: with SQLite one process owns the database, so the others are of earlier runs. */
export async function forgetOtherWorkers(workerId: string): Promise<void> {
  await (await db()).worker.deleteMany({ where: { NOT: { id: workerId } } });
}
