// POST /api/batches/demo - a batch made of the sample PDFs that ship with the app
// (public/samples/), created through the same path as an upload, so a new user sees it work.
import { createHash, randomUUID } from 'node:crypto';
import { copyFile, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../errors';
import type { CreateBatchFields, CreateBatchResponse } from '../schemas/batch';
import { fsyncPath, prepareIncoming, removeIncoming } from '../storage/files';
import type { ReceivedFile } from '../uploads/receive-multipart';
import { saveBatch } from './create-batch';

/** Next.js serves public/ from the project folder, which is the server's working directory. */
export const samplesDir = () => path.join(process.cwd(), 'public', 'samples');

export async function createDemoBatch(fields: CreateBatchFields): Promise<CreateBatchResponse> {
  const names = (await readdir(samplesDir()).catch(() => [])).filter((n) => n.toLowerCase().endsWith('.pdf')).sort();
  if (names.length === 0) {
    throw new AppError('unavailable', 'The sample PDFs are missing from this installation (public/samples). Upload your own files instead.');
  }
  const batchId = randomUUID();
  const dir = await prepareIncoming(batchId);
  try {
    const files: ReceivedFile[] = [];
    for (const filename of names) {
      const source = path.join(samplesDir(), filename);
      const jobId = randomUUID();
      const target = path.join(dir, `${jobId}.pdf`);
      await copyFile(source, target);
      await fsyncPath(target);
      const bytes = await readFile(target);
      files.push({ jobId, filename, sizeBytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), problem: null });
    }
    return await saveBatch(batchId, files, { ...fields, name: fields.name || 'Sample PDFs' });
  } catch (err) {
    await removeIncoming(batchId);
    throw err;
  }
}
