// An async iterable of bytes as a web ReadableStream for a route handler's Response: pulled one
// chunk at a time (so a slow client slows the producer down), closed when the client goes away.
// A failure mid-stream is logged and errors the stream: the client sees a broken download, never
// a truncated file that looks whole. `logger`: a batch's child logger, so its lines carry the batch_id.
import { log, type Logger } from '../log';

export function toWebStream(source: AsyncIterable<Uint8Array>, what: string, logger: Logger = log): ReadableStream<Uint8Array> {
  const iterator = source[Symbol.asyncIterator]();
  let bytes = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await iterator.next();
        if (done) {
          logger.debug({ bytes }, `${what} sent`);
          controller.close();
        } else {
          bytes += value.byteLength;
          controller.enqueue(value);
        }
      } catch (error) {
        logger.error({ err: error, bytes }, `${what} failed while streaming`);
        controller.error(error);
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

/** Text chunks as UTF-8 bytes. */
export async function* utf8(chunks: AsyncIterable<string>): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  for await (const chunk of chunks) yield encoder.encode(chunk);
}
