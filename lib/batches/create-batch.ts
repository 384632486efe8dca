// POST /api/batches - receive the files, then create the batch and its jobs in one transaction
// (accept-batch.ts). Either the batch exists with every accepted file stored, or nothing remains.
// `POST /api/documents` goes the same way with its own check of the fields (one file).
import { randomUUID } from 'node:crypto';
import { config } from '../config';
import { admitUpload } from '../admission/admit-upload';
import { AppError } from '../errors';
import type { BatchSettings, CreateBatchResponse } from '../schemas/batch';
import { prepareIncoming, removeIncoming } from '../storage/files';
import { batchTooLarge } from '../uploads/count-bytes';
import { receiveMultipart, type ReceivedFile, type ReceivedUpload } from '../uploads/receive-multipart';
import { acceptBatch } from './accept-batch';
import { resolveBatchSettings } from './resolve-batch-settings';

/** Reads the batch's settings from the upload, or refuses it (throwing an AppError). */
export type PrepareBatch = (upload: ReceivedUpload) => BatchSettings | Promise<BatchSettings>;

export type CreatedBatch = { response: CreateBatchResponse; files: ReceivedFile[] };

const batchFields: PrepareBatch = (upload) => resolveBatchSettings(upload.fields, upload.files.length);

export async function createBatch(request: Request): Promise<CreateBatchResponse> {
  return (await receiveBatch(request, batchFields)).response;
}

export async function receiveBatch(request: Request, prepare: PrepareBatch): Promise<CreatedBatch> {
  const cfg = config();
  await admitUpload(request);
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > cfg.maxBatchBytes) throw batchTooLarge(cfg.maxBatchBytes, declared);
  const batchId = randomUUID();
  const dir = await prepareIncoming(batchId);
  let files: ReceivedFile[];
  let fields: BatchSettings;
  try {
    const upload = await receiveMultipart(request, dir, { maxFileBytes: cfg.maxFileBytes, maxFiles: cfg.maxFilesPerBatch, maxBytes: cfg.maxBatchBytes });
    if (upload.files.length === 0 && ('files' in upload.fields || 'file' in upload.fields)) {
      throw new AppError('no_files', 'The "files" field holds text, not a file. Send each PDF as a file part (curl: -F files=@name.pdf).');
    }
    fields = await prepare(upload);
    files = upload.files;
  } catch (err) {
    await removeIncoming(batchId);
    throw err;
  }
  return { response: await acceptBatch(batchId, files, fields), files };
}
