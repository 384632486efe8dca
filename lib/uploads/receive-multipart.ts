// Streams a multipart upload to disk as it arrives (never holding a file in memory), checking
// each file's bytes and size on the way, hashing it, and fsyncing it before it counts as received.
import { randomUUID, createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { unlink } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeWebStream } from 'node:stream/web';
import busboy from 'busboy';
import { AppError } from '../errors';
import { fsyncPath } from '../storage/files';
import { describeStart, hasPdfSignature, SIGNATURE_WINDOW } from './pdf-signature';
import { sanitizeFilename } from './sanitize-filename';

export type ReceivedFile = {
  jobId: string;
  filename: string;
  sizeBytes: number;
  sha256: string;
  /** Why the file cannot be processed (it was not kept), or null when it was stored. */
  problem: string | null;
};

export type ReceivedUpload = { fields: Record<string, string>; files: ReceivedFile[] };

export type UploadLimits = { maxFileBytes: number; maxFiles: number };

const formatMb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

export async function receiveMultipart(request: Request, dir: string, limits: UploadLimits): Promise<ReceivedUpload> {
  const contentType = request.headers.get('content-type') ?? '';
  if (!contentType.toLowerCase().startsWith('multipart/form-data')) {
    throw new AppError('unsupported_media_type', 'Send the files as multipart/form-data, one or more in the "files" field.');
  }
  if (!request.body) throw new AppError('no_files', 'The request has no body. Send one or more PDF files in the "files" field.');

  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { 'content-type': contentType },
      limits: { fileSize: limits.maxFileBytes, files: limits.maxFiles, fields: 50, fieldSize: 64 * 1024 },
      defParamCharset: 'utf8',
      // A folder's files keep their path within it ("2024/march/a.pdf"); sanitizeFilename makes it safe.
      preservePath: true,
    });
  } catch {
    throw new AppError('invalid_multipart', 'The multipart body cannot be read: its Content-Type has no boundary.');
  }

  const fields: Record<string, string> = {};
  const files: Promise<ReceivedFile>[] = [];
  let tooManyFiles = false;

  parser.on('field', (name, value) => {
    fields[name] = value;
  });
  parser.on('filesLimit', () => {
    tooManyFiles = true;
  });
  parser.on('file', (_field, stream, info) => {
    if (!info.filename) {
      stream.resume();
      return;
    }
    const stored = storeFile(stream, sanitizeFilename(info.filename), dir, limits);
    stored.catch(() => {}); // awaited below with the others; this only keeps it from counting as unhandled meanwhile
    files.push(stored);
  });

  try {
    await pipeline(Readable.fromWeb(request.body as NodeWebStream<Uint8Array>), parser);
  } catch (err) {
    await Promise.allSettled(files);
    if (err instanceof AppError) throw err;
    throw new AppError('invalid_multipart', `The upload could not be read to the end (${(err as Error).message}). Nothing was stored; send it again.`);
  }
  const received = await Promise.all(files);
  if (tooManyFiles) {
    throw new AppError('payload_too_large', `Too many files: at most ${limits.maxFiles} per batch (MAX_FILES_PER_BATCH). Nothing was stored.`);
  }
  return { fields, files: received };
}

async function storeFile(stream: Readable & { truncated?: boolean }, filename: string, dir: string, limits: UploadLimits): Promise<ReceivedFile> {
  const jobId = randomUUID();
  const target = path.join(dir, `${jobId}.pdf`);
  const hash = createHash('sha256');
  let size = 0;
  let head = Buffer.alloc(0);
  const inspect = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      size += chunk.length;
      if (head.length < SIGNATURE_WINDOW) head = Buffer.concat([head, chunk.subarray(0, SIGNATURE_WINDOW - head.length)]);
      done(null, chunk);
    },
  });
  await pipeline(stream, inspect, createWriteStream(target));
  const problem = stream.truncated
    ? `The file is larger than the ${formatMb(limits.maxFileBytes)} limit (MAX_FILE_MB).`
    : size === 0
      ? 'The file is empty (0 bytes).'
      : !hasPdfSignature(head)
        ? `This is not a PDF: the file is ${describeStart(head)}.`
        : null;
  if (problem) await unlink(target);
  else await fsyncPath(target);
  return { jobId, filename, sizeBytes: size, sha256: hash.digest('hex'), problem };
}
