// Moves taken files whose jobs have ended to WATCH_DIR/processed/ (completed) or failed/ (failed,
// cancelled, refused as not a PDF). Run at every poll, and at start for jobs that ended while the
// server was down; a batch that never reached the database (a crash while it was being created)
// gives its files back to the folder, to be taken again.
import path from 'node:path';
import { db } from '../db/client';
import { log } from '../log';
import { moveKeepingName } from './move-file';
import { FAILED_DIR, PROCESSED_DIR } from './scan-folder';
import { listTaken, tidyTaken, type TakenBatch, type TakenFile } from './taken-files';

const ENDED = ['completed', 'failed', 'cancelled'];

export async function settleTaken(watchDir: string, atStart = false): Promise<void> {
  const batches = await listTaken(watchDir);
  if (!batches.length) return;
  const client = await db();
  const ids = batches.map((b) => b.batchId);
  const existing = new Set((await client.batch.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((b) => b.id));
  const jobIds = batches.flatMap((b) => b.files.map((f) => f.jobId));
  const jobs = await client.job.findMany({
    where: { id: { in: jobIds }, status: { in: ENDED } },
    select: { id: true, status: true, error: true },
  });
  const ended = new Map(jobs.map((j) => [j.id, j]));

  for (const batch of batches) {
    if (!existing.has(batch.batchId)) {
      await settleMissingBatch(watchDir, batch, atStart);
      continue;
    }
    for (const file of batch.files) {
      const job = ended.get(file.jobId);
      if (!job) continue;
      const outcome = job.status === 'completed' ? PROCESSED_DIR : FAILED_DIR;
      const to = await moveOut(watchDir, file, outcome);
      log.info({ batch_id: file.batchId, job_id: file.jobId, file: file.rel, status: job.status, error: job.error, to }, 'watched file done');
    }
    await tidyTaken(watchDir, batch.batchId);
  }
}

/** `.creating` and no batch: the server stopped before writing it; otherwise the batch was deleted. */
async function settleMissingBatch(watchDir: string, batch: TakenBatch, atStart: boolean): Promise<void> {
  if (batch.creating && !atStart) return; // being created right now (cannot happen: polls do not overlap)
  const back = batch.creating;
  for (const file of batch.files) {
    const to = await moveOut(watchDir, file, back ? '' : FAILED_DIR);
    log.warn(
      { batch_id: batch.batchId, file: file.rel, to },
      back ? 'watched file given back: its batch was never created' : 'watched file moved to failed/: its batch was deleted',
    );
  }
  await tidyTaken(watchDir, batch.batchId);
}

/** `folder`: processed/ or failed/ under WATCH_DIR, or '' for WATCH_DIR itself. */
export async function moveOut(watchDir: string, file: TakenFile, folder: string): Promise<string> {
  const to = await moveKeepingName(file.path, path.join(watchDir, folder), file.rel);
  await tidyTaken(watchDir, file.batchId, file.jobId);
  return path.relative(watchDir, to);
}
