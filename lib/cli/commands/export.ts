// `pdf-batch export <batch_id> -o out.zip`: the batch's ZIP streamed to a file (or stdout).
import { createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeWebStream } from 'node:stream/web';
import { ApiError } from '../../client/api-error';
import type { PdfBatchClient } from '../../client/pdf-batch-client';
import type { Command } from '../args';
import type { Output } from '../output';

export async function exportBatch(client: PdfBatchClient, command: Extract<Command, { name: 'export' }>, out: Output): Promise<number> {
  const response = await client.exportBatch(command.id, { status: command.status, includeOriginals: command.includeOriginals });
  if (!response.body) throw new ApiError('bad_response', 'The server sent an empty export.');
  const body = Readable.fromWeb(response.body as NodeWebStream<Uint8Array>);
  if (command.output === '-') {
    await pipeline(body, process.stdout as Writable, { end: false });
    return 0;
  }
  // Written next to the target and renamed at the end, so a broken download leaves no half ZIP.
  const partial = `${command.output}.part`;
  try {
    await pipeline(body, createWriteStream(partial));
    await rename(partial, command.output);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  const bytes = (await stat(command.output)).size;
  out.result(`Wrote ${command.output} (${bytes.toLocaleString('en')} bytes).`, { batch_id: command.id, file: command.output, bytes });
  return 0;
}
