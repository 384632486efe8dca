// Creates a batch from files already on disk (the watched folder, the samples): each file is copied into
// storage and checked by its bytes as an upload is (store-file.ts), then accept-batch.ts writes it.
import { createReadStream } from 'node:fs';
import { config } from '../config';
import type { BatchSettings, CreateBatchResponse } from '../schemas/batch';
import { prepareIncoming, removeIncoming } from '../storage/files';
import { sanitizeFilename } from '../uploads/sanitize-filename';
import { storeFile, type ReceivedFile } from '../uploads/store-file';
import { acceptBatch } from './accept-batch';

/** `jobId`: the id the job will get, chosen by the caller to find the file again later. */
export type FileOnDisk = { path: string; filename: string; jobId: string };

/** The source files are left where they are; the caller decides what becomes of them. */
export async function createBatchFromFiles(
  batchId: string,
  files: FileOnDisk[],
  fields: BatchSettings,
  source: 'watch' | 'samples' = 'watch',
): Promise<CreateBatchResponse> {
  const dir = await prepareIncoming(batchId);
  const received: ReceivedFile[] = [];
  try {
    for (const file of files) {
      received.push(await storeFile(createReadStream(file.path), sanitizeFilename(file.filename), dir, config().maxFileBytes, file.jobId));
    }
  } catch (err) {
    await removeIncoming(batchId);
    throw err;
  }
  return acceptBatch(batchId, received, fields, source);
}
