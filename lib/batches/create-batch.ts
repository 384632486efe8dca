// POST /api/batches - receive the files, then create the batch and its jobs in one transaction
// (accept-batch.ts). Either the batch exists with every accepted file stored, or nothing remains.
import { randomUUID } from 'node:crypto';
import { config } from '../config';
import { AppError } from '../errors';
import { createBatchFieldsSchema, type CreateBatchFields, type CreateBatchResponse } from '../schemas/batch';
import { prepareIncoming, removeIncoming } from '../storage/files';
import { receiveMultipart, type ReceivedFile } from '../uploads/receive-multipart';
import { acceptBatch } from './accept-batch';

export async function createBatch(request: Request): Promise<CreateBatchResponse> {
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
    fields = createBatchFieldsSchema.parse(upload.fields);
    files = upload.files;
  } catch (err) {
    await removeIncoming(batchId);
    throw err;
  }
  return acceptBatch(batchId, files, fields);
}
