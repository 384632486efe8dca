// `pdf-batch export <batch_id> -o out.zip`: the batch's ZIP streamed to a file (or stdout); without
// -o, to the name the server gives it (the batch's name), in the current folder.
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { rename, rm, stat } from 'node:fs/promises';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeWebStream } from 'node:stream/web';
import { ApiError } from '../../client/api-error';
import type { PdfBatchClient } from '../../client/pdf-batch-client';
import type { Command } from '../args';
import type { Output } from '../output';

/** The file name of a Content-Disposition header (its UTF-8 form first), reduced to a bare name. */
export function attachmentName(header: string | null): string | null {
  if (!header) return null;
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(header);
  const plain = /filename="([^"]+)"/i.exec(header);
  let name: string | null = null;
  try {
    name = utf8 ? decodeURIComponent(utf8[1]) : (plain?.[1] ?? null);
  } catch {
    name = plain?.[1] ?? null;
  }
  const base = name ? path.basename(name.replace(/\\/g, '/')) : '';
  return base && base !== '.' && base !== '..' ? base : null;
}

export async function exportBatch(client: PdfBatchClient, command: Extract<Command, { name: 'export' }>, out: Output): Promise<number> {
  const response = await client.exportBatch(command.id, { status: command.status, includeOriginals: command.includeOriginals });
  if (!response.body) throw new ApiError('bad_response', 'The server sent an empty export.');
  const body = Readable.fromWeb(response.body as NodeWebStream<Uint8Array>);
  if (command.output === '-') {
    await pipeline(body, process.stdout as Writable, { end: false });
    return 0;
  }
  const output = command.output ?? attachmentName(response.headers.get('content-disposition')) ?? `${command.id}.zip`;
  // Written next to the target and renamed at the end, so a broken download leaves no half ZIP.
  const partial = `${output}.part`;
  try {
    await pipeline(body, createWriteStream(partial));
    await rename(partial, output);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  const bytes = (await stat(output)).size;
  out.result(`Wrote ${output} (${bytes.toLocaleString('en')} bytes).`, { batch_id: command.id, file: output, bytes });
  return 0;
}
