// Refuses new uploads (503 with Retry-After) while the queue is too long or DATA_DIR is short of
// free space, counting the bytes the request says it will bring, so the disk never fills up.
import { config } from '../config';
import { db } from '../db/client';
import { AppError } from '../errors';
import { freeDiskBytes } from '../health/disk-space';

const QUEUE_RETRY_AFTER_S = 30;
const DISK_RETRY_AFTER_S = 60;

const mb = (bytes: number) => `${Math.max(0, Math.round(bytes / 1024 / 1024)).toLocaleString('en')} MB`;

/** Throws a 503 `unavailable` when the server cannot take `incomingBytes` more now. */
export async function checkBackpressure(incomingBytes: number): Promise<void> {
  const cfg = config();
  if (cfg.maxQueuedJobs > 0) {
    const queued = await (await db()).job.count({ where: { status: 'queued' } });
    if (queued >= cfg.maxQueuedJobs) {
      throw new AppError(
        'unavailable',
        `The server is busy: ${queued.toLocaleString('en')} documents are waiting to be processed (the limit is ${cfg.maxQueuedJobs.toLocaleString('en')}, MAX_QUEUED_JOBS). Try again in a few minutes.`,
        { 'retry-after': String(QUEUE_RETRY_AFTER_S) },
      );
    }
  }
  if (cfg.minFreeDiskBytes > 0) {
    const free = await freeDiskBytes(cfg.dataDir);
    if (free - incomingBytes < cfg.minFreeDiskBytes) {
      throw new AppError(
        'unavailable',
        `The server is low on disk space: ${mb(free)} free, and at least ${mb(cfg.minFreeDiskBytes)} must stay free (MIN_FREE_DISK_MB)${incomingBytes ? ` after this ${mb(incomingBytes)} upload` : ''}. Try again later, or ask the administrator to free some space.`,
        { 'retry-after': String(DISK_RETRY_AFTER_S) },
      );
    }
  }
}
