// Counts a request body's bytes as they stream by and stops it once it passes the batch limit
// (MAX_BATCH_MB), for bodies sent without a Content-Length or with more than they declared.
import { Transform } from 'node:stream';
import { AppError } from '../errors';

export const formatMb = (bytes: number) => `${Math.round(bytes / 1024 / 1024).toLocaleString('en')} MB`;

export const batchTooLarge = (maxBytes: number, size?: number) =>
  new AppError(
    'payload_too_large',
    `${size ? `The upload is ${formatMb(size)}; at most` : 'The upload is larger than'} ${formatMb(maxBytes)} can be sent in one request (MAX_BATCH_MB). Nothing was stored; split it into smaller batches.`,
  );

export function countBytes(maxBytes: number): Transform {
  let total = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      total += chunk.length;
      if (total > maxBytes) done(batchTooLarge(maxBytes));
      else done(null, chunk);
    },
  });
}
