// POST /api/batches - receive the files, then create the batch and its jobs in one transaction
// (accept-batch.ts). Either the batch exists with every accepted file stored, or nothing remains.
import { randomUUID } from 'node:crypto';
import { config } from '../config';
import { createBatchFieldsSchema, type CreateBatchFields, type CreateBatchResponse } from '../schemas/batch';
import { prepareIncoming, removeIncoming } from '../storage/files';
import { receiveMultipart, type ReceivedFile } from '../uploads/receive-multipart';
import { acceptBatch } from './accept-batch';

export async function createBatch(request: Request): Promise<CreateBatchResponse> {
  const cfg = config();
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
