// Streams a multipart upload to disk as it arrives (never holding a file in memory); each file is
// checked, hashed and fsynced by store-file.ts before it counts as received.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeWebStream } from 'node:stream/web';
import busboy from 'busboy';
import { AppError } from '../errors';
import { countBytes, formatMb } from './count-bytes';
import { sanitizeFilename } from './sanitize-filename';
import { storeFile, type ReceivedFile } from './store-file';

export type { ReceivedFile } from './store-file';

export type ReceivedUpload = { fields: Record<string, string>; files: ReceivedFile[] };

export type UploadLimits = { maxFileBytes: number; maxFiles: number; maxBytes: number };

/**
 * Any limit passed refuses the whole request (413): a file over MAX_FILE_MB, more files than
 * MAX_FILES_PER_BATCH, a body over MAX_BATCH_MB. The batch is atomic: the caller removes what
 * was stored, so nothing of a refused request remains.
 */
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
  let tooLarge: string | null = null;

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
    const filename = sanitizeFilename(info.filename);
    stream.once('limit', () => (tooLarge ??= filename));
    const stored = storeFile(stream, filename, dir, limits.maxFileBytes);
    stored.catch(() => {}); // awaited below with the others; this only keeps it from counting as unhandled meanwhile
    files.push(stored);
  });

  try {
    await pipeline(Readable.fromWeb(request.body as NodeWebStream<Uint8Array>), countBytes(limits.maxBytes), parser);
  } catch (err) {
    await Promise.allSettled(files);
    if (err instanceof AppError) throw err;
    throw new AppError('invalid_multipart', `The upload could not be read: ${explainParseError((err as Error).message)}. Nothing was stored; send it again.`);
  }
  const received = await Promise.all(files);
  if (tooLarge !== null) {
    throw new AppError('payload_too_large', `"${tooLarge}" is larger than ${formatMb(limits.maxFileBytes)}, the limit for one file (MAX_FILE_MB). Nothing was stored; send the batch again without it.`);
  }
  if (tooManyFiles) {
    throw new AppError('payload_too_large', `Too many files: at most ${limits.maxFiles} per batch (MAX_FILES_PER_BATCH). Nothing was stored.`);
  }
  return { fields, files: received };
}

/** busboy's terse parse errors, in words a person understands. */
function explainParseError(message: string): string {
  if (/malformed part header/i.test(message)) return "a part's headers are malformed (for example a file name holding control characters)";
  if (/unexpected end of form/i.test(message)) return 'the body ended before the end of the form (it is empty or was cut off)';
  return `it is not valid multipart/form-data (${message})`;
}
