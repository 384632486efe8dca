// Every request body but an upload's is small (sign-in, PATCH a batch, the demo's options): at
// most JSON_BODY_LIMIT, refused with 413 from its Content-Length before a byte is read (by the
// guard, server/guard.ts) and, without one, while it streams (readCappedText, in the handlers).
// Uploads have limits of their own (MAX_FILE_MB, MAX_BATCH_MB: lib/uploads), Socket.IO its own
// maxHttpBufferSize.
import { AppError } from '../errors';

export const JSON_BODY_LIMIT = 16 * 1024;

/** Whether a request's body is an upload, which this limit does not apply to. */
export function isUploadRequest(method: string, path: string): boolean {
  const post = method.toUpperCase() === 'POST';
  return (post && (path === '/api/batches' || path === '/api/documents')) || path.startsWith('/socket.io/');
}

export const bodyTooLarge = () =>
  new AppError('payload_too_large', `The request body is larger than ${JSON_BODY_LIMIT / 1024} KB, the most this endpoint takes.`, { connection: 'close' });

/** Whether a declared Content-Length is over the limit (a malformed one counts as over). */
export function declaredTooLarge(contentLength: string | null | undefined, limit = JSON_BODY_LIMIT): boolean {
  if (contentLength === null || contentLength === undefined || contentLength === '') return false;
  const n = Number(contentLength);
  return !Number.isSafeInteger(n) || n < 0 || n > limit;
}

/** The body as UTF-8 text, read no further than `limit` bytes (413 past it). */
export async function readCappedText(request: Request, limit = JSON_BODY_LIMIT): Promise<string> {
  if (declaredTooLarge(request.headers.get('content-length'), limit)) throw bodyTooLarge();
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {}); // the rest is not wanted; the connection is closed
      throw bodyTooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}
