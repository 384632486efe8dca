// Free space on the file system that holds a folder (DATA_DIR), and the threshold below which the
// server counts as short of disk (MIN_FREE_DISK_MB). Shared by /api/health and upload backpressure.
import { statfs } from 'node:fs/promises';
import { config } from '../config';

/** Bytes an unprivileged process may still write in `dir`'s file system. */
export async function freeDiskBytes(dir: string): Promise<number> {
  const stats = await statfs(dir);
  return stats.bavail * stats.bsize;
}

/** Free (as freeDiskBytes) and total bytes of `dir`'s file system. */
export async function diskSpace(dir: string): Promise<{ freeBytes: number; totalBytes: number }> {
  const stats = await statfs(dir);
  return { freeBytes: stats.bavail * stats.bsize, totalBytes: stats.blocks * stats.bsize };
}

export const minFreeDiskBytes = (): number => config().minFreeDiskBytes;
