// Stores one incoming file (an upload's part, or a file read from disk) under its job id, checking
// its bytes (PDF signature, not empty, size limit) and hashing it on the way; fsynced when kept.
import { randomUUID, createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { unlink } from 'node:fs/promises';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fsyncPath } from '../storage/files';
import { hasPdfSignature, notPdfReason, SIGNATURE_WINDOW } from './pdf-signature';

export type ReceivedFile = {
  jobId: string;
  filename: string;
  sizeBytes: number;
  sha256: string;
  /** Why the file cannot be processed (it was not kept), or null when it was stored. */
  problem: string | null;
};

const formatMb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/**
 * `source.truncated` is busboy's flag for a part cut at its size limit; a stream without it is
 * cut here once it passes `maxFileBytes` (the rest is read and hashed, not written).
 */
export async function storeFile(
  source: Readable & { truncated?: boolean },
  filename: string,
  dir: string,
  maxFileBytes: number,
  jobId: string = randomUUID(),
): Promise<ReceivedFile> {
  const target = path.join(dir, `${jobId}.pdf`);
  const hash = createHash('sha256');
  let size = 0;
  let head = Buffer.alloc(0);
  const inspect = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      size += chunk.length;
      if (head.length < SIGNATURE_WINDOW) head = Buffer.concat([head, chunk.subarray(0, SIGNATURE_WINDOW - head.length)]);
      done(null, size > maxFileBytes ? undefined : chunk);
    },
  });
  await pipeline(source, inspect, createWriteStream(target));
  const problem =
    source.truncated || size > maxFileBytes
      ? `The file is larger than the ${formatMb(maxFileBytes)} limit (MAX_FILE_MB).`
      : size === 0
        ? 'The file is empty (0 bytes).'
        : !hasPdfSignature(head)
          ? notPdfReason(head)
          : null;
  if (problem) await unlink(target);
  else await fsyncPath(target);
  return { jobId, filename, sizeBytes: size, sha256: hash.digest('hex'), problem };
}
