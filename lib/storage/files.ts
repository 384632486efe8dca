// Where uploaded files live under DATA_DIR, and the durable ways to put them there and take them
// away. Files are stored by job id, never by the name a client sent.
//   uploads/.incoming/<batch id>/<job id>.pdf   while a request streams in
//   uploads/<batch id>/<job id>.pdf              once the batch is accepted
import { mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { config } from '../config';

const uploads = () => config().uploadsDir;

export const incomingDir = (batchId: string) => path.join(uploads(), '.incoming', batchId);
export const batchDir = (batchId: string) => path.join(uploads(), batchId);
/** The stored path of a job's file, relative to DATA_DIR (what the jobs table keeps). */
export const storagePathFor = (batchId: string, jobId: string) => path.join('uploads', batchId, `${jobId}.pdf`);
export const absoluteStoragePath = (storagePath: string) => path.join(config().dataDir, storagePath);

export async function fsyncPath(target: string): Promise<void> {
  const handle = await open(target, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export async function prepareIncoming(batchId: string): Promise<string> {
  const dir = incomingDir(batchId);
  await mkdir(dir, { recursive: true });
  return dir;
}

/** Moves a fully received upload into place; after this returns, a crash keeps the files. */
export async function commitIncoming(batchId: string): Promise<void> {
  const from = incomingDir(batchId);
  const to = batchDir(batchId);
  await fsyncPath(from);
  await rename(from, to);
  await fsyncPath(uploads());
}

export async function removeIncoming(batchId: string): Promise<void> {
  await rm(incomingDir(batchId), { recursive: true, force: true });
}

export async function removeBatchFiles(batchId: string): Promise<void> {
  await rm(batchDir(batchId), { recursive: true, force: true });
}

/**
 * Deletes what a crash can leave behind: half-received uploads, and stored folders whose batch
 * never made it into the database. Run at start, before any upload is accepted.
 */
export async function sweepOrphanUploads(batchExists: (batchId: string) => Promise<boolean>): Promise<number> {
  await mkdir(uploads(), { recursive: true });
  await rm(path.join(uploads(), '.incoming'), { recursive: true, force: true });
  let removed = 0;
  for (const entry of await readdir(uploads(), { withFileTypes: true })) {
    if (entry.isDirectory() && !(await batchExists(entry.name))) {
      await removeBatchFiles(entry.name);
      removed++;
    }
  }
  return removed;
}
