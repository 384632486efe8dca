// Requests no well-behaved client would send, for the hostile-input tests: multipart bodies built
// byte by byte (raw control characters in file names, broken framing), bodies without a
// Content-Length, and a look at what an upload left in DATA_DIR.
import { readdir } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';

/** `filename` goes in quotes as given (raw bytes); `encodedFilename` as RFC 5987 `filename*=UTF-8''…`. */
export type RawPart = { field: string; filename?: string | Buffer; encodedFilename?: string; content: Buffer | string };

export const BOUNDARY = 'hostile-boundary-7f3a';

/** A multipart/form-data body with the parts exactly as given (file names are not escaped). */
export function multipartBody(parts: RawPart[], boundary = BOUNDARY): Buffer {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const filename = part.filename === undefined ? null : Buffer.isBuffer(part.filename) ? part.filename : Buffer.from(part.filename, 'utf8');
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${part.field}"`));
    if (filename) chunks.push(Buffer.from('; filename="'), filename, Buffer.from('"'));
    if (part.encodedFilename) chunks.push(Buffer.from(`; filename*=UTF-8''${part.encodedFilename}`));
    const isFile = filename || part.encodedFilename;
    chunks.push(Buffer.from(isFile ? '\r\nContent-Type: application/pdf\r\n\r\n' : '\r\n\r\n'), Buffer.from(part.content), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(chunks);
}

export type RawAnswer = { status: number; headers: http.IncomingHttpHeaders; body: string };

/**
 * POSTs `body` (or sends it with `method`) with node:http: `chunked` sends it without a Content-Length; `declaredLength`
 * claims a length and sends only the bytes given (the server must answer before reading more).
 */
export function rawPost(
  url: string,
  body: Buffer,
  options: { contentType?: string; chunked?: boolean; declaredLength?: number; headers?: Record<string, string>; method?: string } = {},
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { ...options.headers };
    if (options.contentType !== undefined) headers['content-type'] = options.contentType;
    if (options.declaredLength !== undefined) headers['content-length'] = options.declaredLength;
    else if (!options.chunked) headers['content-length'] = body.length;
    const request = http.request(url, { method: options.method ?? 'POST', headers, agent: false }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (c: string) => (text += c));
      response.on('end', () => {
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text });
        request.destroy();
      });
    });
    // The server may answer and close while the body is still being sent: the answer is what counts.
    request.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EPIPE' && err.code !== 'ECONNRESET') reject(err);
    });
    if (options.chunked) {
      // In pieces, so that the server sees a stream, not one buffer.
      const step = 64 * 1024;
      const write = (at: number): void => {
        if (at >= body.length || request.destroyed) return void request.end();
        request.write(body.subarray(at, at + step), () => setImmediate(() => write(at + step)));
      };
      write(0);
    } else {
      request.write(body);
      if (options.declaredLength === undefined) request.end();
    }
  });
}

/** Every file under DATA_DIR/uploads, relative to it (".incoming/..." for uploads in flight). */
export async function storedFiles(dataDir: string): Promise<string[]> {
  const root = path.join(dataDir, 'uploads');
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => path.relative(root, path.join(e.parentPath, e.name))).sort();
}
