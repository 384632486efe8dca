// GET /api/jobs/:id/file - the original upload of a job, opened as a stream, with the name it
// was uploaded under. Stored files are found by job id only (never by a client's path).
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { db } from '../db/client';
import { AppError, notFound } from '../errors';
import { absoluteStoragePath } from '../storage/files';

export type JobFile = { filename: string; size: number; body: ReadableStream<Uint8Array> };

export async function openJobFile(jobId: string): Promise<JobFile> {
  const client = await db();
  const job = await client.job.findUnique({ where: { id: jobId }, select: { filename: true, storagePath: true } });
  if (!job) throw notFound('job', jobId);
  const file = absoluteStoragePath(job.storagePath);
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new Error('not a file');
    size = info.size;
  } catch {
    throw new AppError('not_found', `The original file of "${job.filename}" is no longer stored (it may have expired or been deleted).`);
  }
  const body = Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>;
  return { filename: job.filename, size, body };
}
