// What the watched folder holds: every file under it (subfolders too), by path relative to it, with
// its size and modification time. Skipped: processed/, failed/, .taken/ and hidden names (a leading
// dot, as copy tools use for files still being written).
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export const PROCESSED_DIR = 'processed';
export const FAILED_DIR = 'failed';
export const TAKEN_DIR = '.taken';
const RESERVED_TOP = new Set([PROCESSED_DIR, FAILED_DIR]);

export type FileState = { size: number; mtimeMs: number };

export async function scanFolder(watchDir: string): Promise<Map<string, FileState>> {
  const found = new Map<string, FileState>();
  const walk = async (relDir: string): Promise<void> => {
    const entries = await readdir(path.join(watchDir, relDir), { withFileTypes: true }).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT' && relDir) return []; // a subfolder removed while we looked
      throw err;
    });
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const rel = relDir ? path.join(relDir, entry.name) : entry.name;
      if (entry.isDirectory()) {
        if (!relDir && RESERVED_TOP.has(entry.name)) continue;
        await walk(rel);
      } else if (entry.isFile()) {
        const info = await stat(path.join(watchDir, rel)).catch(() => null);
        if (info) found.set(rel, { size: info.size, mtimeMs: info.mtimeMs });
      }
    }
  };
  await walk('');
  return found;
}
