// The load bench's uploaders: each sends multipart uploads of a few real PDFs to POST
// /api/batches, one after another with a pause between, until the time is up.
import type { CreateBatchResponse } from '../../lib/schemas/batch';
import { timedJson, type LoadRecorder } from './load-recorder';

export type UploadSource = { name: string; bytes: Buffer };

export type UploadersOptions = {
  url: string;
  count: number;
  filesPerUpload: number;
  thinkMs: number;
  /** Date.now() after which no upload starts. */
  until: number;
  sources: UploadSource[];
  workflow: string;
  rec: LoadRecorder;
  /** A batch was created by uploader `uploader`. */
  onBatch: (uploader: number, batchId: string) => void;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The form of one upload: `files` distinct sources from a rolling offset, so no two are the same file. */
export function uploadForm(sources: UploadSource[], offset: number, files: number, fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  for (let i = 0; i < Math.min(files, sources.length); i++) {
    const source = sources[(offset + i) % sources.length];
    form.append('files', new Blob([new Uint8Array(source.bytes)], { type: 'application/pdf' }), source.name);
  }
  return form;
}

async function uploader(index: number, options: UploadersOptions): Promise<number> {
  let uploads = 0;
  // Spread the first uploads over the first pause, so twenty do not arrive in the same instant.
  await sleep(Math.random() * options.thinkMs);
  for (let n = 0; Date.now() < options.until; n++) {
    const offset = (index * 7 + n * options.filesPerUpload) % options.sources.length;
    const form = uploadForm(options.sources, offset, options.filesPerUpload, { name: `load u${index} #${n}`, workflow: options.workflow });
    const answer = await timedJson<CreateBatchResponse>(options.rec, 'upload', `${options.url}/api/batches`, { method: 'POST', body: form });
    if (answer?.status === 201) {
      uploads++;
      options.onBatch(index, answer.body.batch_id);
    }
    await sleep(options.thinkMs);
  }
  return uploads;
}

/** Runs the uploaders to the end of the time; resolves with the number of batches created. */
export async function runUploaders(options: UploadersOptions): Promise<number> {
  const counts = await Promise.all(Array.from({ length: options.count }, (_, i) => uploader(i, options)));
  return counts.reduce((sum, n) => sum + n, 0);
}
