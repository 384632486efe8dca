// Streams a multipart upload to disk as it arrives (never holding a file in memory); each file is
// checked, hashed and fsynced by store-file.ts before it counts as received.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeWebStream } from 'node:stream/web';
import busboy from 'busboy';
import { AppError } from '../errors';
import { sanitizeFilename } from './sanitize-filename';
import { storeFile, type ReceivedFile } from './store-file';

export type { ReceivedFile } from './store-file';

export type ReceivedUpload = { fields: Record<string, string>; files: ReceivedFile[] };

export type UploadLimits = { maxFileBytes: number; maxFiles: number };

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
    const stored = storeFile(stream, sanitizeFilename(info.filename), dir, limits.maxFileBytes);
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
