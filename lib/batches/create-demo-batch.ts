// POST /api/batches/demo - a batch made of the sample PDFs that ship with the app
// (public/samples/), created through the same path as an upload, so a new user sees it work.
import { randomUUID } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../errors';
import type { CreateBatchResponse } from '../schemas/batch';
import { createBatchFromFiles } from './create-batch-from-files';
import { resolveBatchSettings } from './resolve-batch-settings';

/** Next.js serves public/ from the project folder, which is the server's working directory. */
export const samplesDir = () => path.join(process.cwd(), 'public', 'samples');

/** `raw`: the request's fields (name, workflow, priority, ocr, template, start_at, hold, notify_email). */
export async function createDemoBatch(raw: Record<string, unknown>): Promise<CreateBatchResponse> {
  const names = (await readdir(samplesDir()).catch(() => [])).filter((n) => n.toLowerCase().endsWith('.pdf')).sort();
  if (names.length === 0) {
    throw new AppError('unavailable', 'The sample PDFs are missing from this installation (public/samples). Upload your own files instead.');
  }
  const fields = await resolveBatchSettings(raw, names.length);
  const files = names.map((filename) => ({ path: path.join(samplesDir(), filename), filename, jobId: randomUUID() }));
  return createBatchFromFiles(randomUUID(), files, { ...fields, name: fields.name || 'Sample PDFs' }, 'samples');
}
