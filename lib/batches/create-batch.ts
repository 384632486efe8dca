// POST /api/batches - receive the files, then create the batch and its jobs in one transaction
// (accept-batch.ts). Either the batch exists with every accepted file stored, or nothing remains.
// `POST /api/documents` goes the same way with its own check of the fields (one file).
import { randomUUID } from 'node:crypto';
import { config } from '../config';
import { AppError } from '../errors';
import { createBatchFieldsSchema, type CreateBatchFields, type CreateBatchResponse } from '../schemas/batch';
import { prepareIncoming, removeIncoming } from '../storage/files';
import { receiveMultipart, type ReceivedFile, type ReceivedUpload } from '../uploads/receive-multipart';
import { acceptBatch } from './accept-batch';

/** Reads the batch's settings from the upload, or refuses it (throwing an AppError). */
export type PrepareBatch = (upload: ReceivedUpload) => CreateBatchFields;

export type CreatedBatch = { response: CreateBatchResponse; files: ReceivedFile[] };

const batchFields: PrepareBatch = (upload) => createBatchFieldsSchema.parse(upload.fields);

export async function createBatch(request: Request): Promise<CreateBatchResponse> {
  return (await receiveBatch(request, batchFields)).response;
}

export async function receiveBatch(request: Request, prepare: PrepareBatch): Promise<CreatedBatch> {
  const cfg = config();
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > cfg.maxBatchBytes) {
    const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
    throw new AppError('payload_too_large', `The upload is ${mb(declared)}; at most ${mb(cfg.maxBatchBytes)} can be sent in one batch (MAX_BATCH_MB). Split it into smaller batches.`);
  }
  const batchId = randomUUID();
  const dir = await prepareIncoming(batchId);
  let files: ReceivedFile[];
  let fields: CreateBatchFields;
  try {
    const upload = await receiveMultipart(request, dir, { maxFileBytes: cfg.maxFileBytes, maxFiles: cfg.maxFilesPerBatch });
    fields = prepare(upload);
    files = upload.files;
  } catch (err) {
    await removeIncoming(batchId);
    throw err;
  }
  return { response: await acceptBatch(batchId, files, fields), files };
}
