// Files the watched folder has taken and whose jobs have not ended yet, kept where a restart finds
// them, so no file is taken twice:
//   WATCH_DIR/.taken/<batch id>/.creating              while the batch is being written
//   WATCH_DIR/.taken/<batch id>/<job id>/<relative path> until the job ends
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FileOnDisk } from '../batches/create-batch-from-files';
import { TAKEN_DIR } from './scan-folder';

const CREATING = '.creating';

export type TakenFile = FileOnDisk & { batchId: string; rel: string };
export type TakenBatch = { batchId: string; creating: boolean; files: TakenFile[] };

export const takenRoot = (watchDir: string) => path.join(watchDir, TAKEN_DIR);
const takenBatchDir = (watchDir: string, batchId: string) => path.join(takenRoot(watchDir), batchId);

/** Moves the files (relative paths) out of sight at once, marked as a batch being created. */
export async function takeFiles(watchDir: string, batchId: string, rels: string[], newJobId: () => string): Promise<TakenFile[]> {
  const dir = takenBatchDir(watchDir, batchId);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, CREATING), '');
  const taken: TakenFile[] = [];
  for (const rel of rels) {
    const jobId = newJobId();
    const target = path.join(dir, jobId, rel);
    await mkdir(path.dirname(target), { recursive: true });
    try {
      await rename(path.join(watchDir, rel), target);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue; // removed since the poll saw it
      throw err;
    }
    taken.push({ batchId, jobId, rel, path: target, filename: rel });
  }
  return taken;
}

/** The batch is in the database: from now on its files wait for their jobs. */
export async function markCreated(watchDir: string, batchId: string): Promise<void> {
  await rm(path.join(takenBatchDir(watchDir, batchId), CREATING), { force: true });
}

export async function listTaken(watchDir: string): Promise<TakenBatch[]> {
  const root = takenRoot(watchDir);
  const batches: TakenBatch[] = [];
  for (const batch of await readdir(root, { withFileTypes: true }).catch(() => [])) {
    if (!batch.isDirectory()) continue;
    const dir = path.join(root, batch.name);
    const entries = await readdir(dir, { withFileTypes: true });
    const files: TakenFile[] = [];
    for (const job of entries) {
      if (!job.isDirectory()) continue;
      const jobDir = path.join(dir, job.name);
      for (const entry of await readdir(jobDir, { withFileTypes: true, recursive: true })) {
        if (!entry.isFile()) continue;
        const full = path.join(entry.parentPath, entry.name);
        const rel = path.relative(jobDir, full);
        files.push({ batchId: batch.name, jobId: job.name, rel, path: full, filename: rel });
      }
    }
    batches.push({ batchId: batch.name, creating: entries.some((e) => e.name === CREATING), files });
  }
  return batches;
}

/** Removes a job's folder once its file has left, and the batch's folder once it holds nothing. */
export async function tidyTaken(watchDir: string, batchId: string, jobId?: string): Promise<void> {
  const dir = takenBatchDir(watchDir, batchId);
  if (jobId) await rm(path.join(dir, jobId), { recursive: true, force: true });
  const left = await readdir(dir).catch(() => null);
  if (left && left.every((name) => name === CREATING)) await rm(dir, { recursive: true, force: true });
}
