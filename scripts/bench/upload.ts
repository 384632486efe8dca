// Upload speed: the same multipart body (the corpus copied up to `megabytes`) sent to the app's
// POST /api/batches and to a bare reference server that does the same care with nothing else
// (busboy, SHA-256 of each file, written to disk and fsynced), alternately, RUNS times each: one
// run's MB/s moves by up to a third on a shared machine (the reference alone 123-193 MB/s within
// minutes, each file fsynced), so the ratio is of the medians. The app's queue is paused meanwhile
// so that no document runs, and each batch is deleted after.
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, open, readdir, readFile, rm, stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import { rawPost } from '../../e2e/support/raw-upload';
import { tagged, type CorpusFile } from './corpus';
import { rssMb, sampleRss } from './rss';
import { median } from './stats';

export type UploadFigures = {
  megabytes: number;
  files: number;
  /** MB/s of each run, in order. */
  app: number[];
  reference: number[];
  /** Median app MB/s ÷ median reference MB/s. */
  ratio: number;
  /** The app server's highest RSS during its uploads less its RSS before them, in MB. */
  appRssGrowthMb: number | null;
};

const BOUNDARY = `----pdf-batch-bench-${randomUUID()}`;
const RUNS = 3;

/**
 * What the upload sends: the real documents of ../shared/corpus (datasheets and invoices, 20 KB to
 * 2 MB each) when they are there, as people upload; else the bench corpus (mostly small generated
 * files, where the cost per file weighs more).
 */
export async function uploadSources(projectRoot: string, fallback: CorpusFile[]): Promise<CorpusFile[]> {
  const root = path.resolve(projectRoot, '..', 'shared', 'corpus');
  const found: CorpusFile[] = [];
  for (const set of ['datasheets', 'invoices']) {
    const dir = path.join(root, set);
    const names = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
    for (const name of names.map(String).filter((n) => n.toLowerCase().endsWith('.pdf')).sort()) {
      const file = path.join(dir, name);
      found.push({ path: file, name: path.basename(name), pages: 0, bytes: (await stat(file)).size });
    }
  }
  return found.length ? found : fallback;
}

/** One multipart body of the corpus's files, each copy made distinct, until it holds `megabytes`. */
async function buildBody(files: CorpusFile[], megabytes: number): Promise<{ body: Buffer; count: number }> {
  const parts: Buffer[] = [Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="workflow"\r\n\r\ntext_only\r\n`)];
  let size = 0;
  let count = 0;
  for (let copy = 0; size < megabytes * 1024 * 1024; copy++) {
    for (const file of files) {
      const content = tagged(await readFile(file.path), `upload ${copy}`);
      parts.push(Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="files"; filename="u${copy}-${file.name}"\r\nContent-Type: application/pdf\r\n\r\n`), content, Buffer.from('\r\n'));
      size += content.length;
      count++;
      if (size >= megabytes * 1024 * 1024) break;
    }
  }
  parts.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  return { body: Buffer.concat(parts), count };
}

/** The reference: what any careful upload server must do, and nothing else. */
async function startReference(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const stored: Promise<void>[] = [];
    const parser = busboy({ headers: req.headers });
    parser.on('file', (_name, stream) => {
      const target = path.join(dir, `${randomUUID()}.pdf`);
      const hash = createHash('sha256');
      const hashing = new Transform({ transform: (chunk: Buffer, _enc, done) => (hash.update(chunk), done(null, chunk)) });
      stored.push(
        pipeline(stream, hashing, createWriteStream(target)).then(async () => {
          hash.digest('hex');
          const handle = await open(target, 'r');
          await handle.sync();
          await handle.close();
        }),
      );
    });
    parser.on('close', () => {
      Promise.all(stored).then(
        () => res.writeHead(201, { 'content-type': 'application/json' }).end('{"ok":true}'),
        (err: Error) => res.writeHead(500).end(err.message),
      );
    });
    req.pipe(parser);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function post(url: string, body: Buffer): Promise<{ seconds: number; status: number; json: { batch_id?: string } }> {
  const started = performance.now();
  const answer = await rawPost(url, body, { contentType: `multipart/form-data; boundary=${BOUNDARY}` });
  const seconds = (performance.now() - started) / 1000;
  let json: { batch_id?: string } = {};
  try {
    json = JSON.parse(answer.body) as { batch_id?: string };
  } catch {
    // not JSON: the status says what happened
  }
  return { seconds, status: answer.status, json };
}

export async function measureUpload(server: { url: string; pid: number }, files: CorpusFile[], megabytes: number): Promise<UploadFigures> {
  const { body, count } = await buildBody(files, megabytes);
  const mb = body.length / 1024 / 1024;
  const dir = await mkdtemp(path.join(os.tmpdir(), 'pdf-batch-upload-ref-'));
  const reference = await startReference(dir);
  const app: number[] = [];
  const ref: number[] = [];
  const pause = await fetch(`${server.url}/api/queue/pause`, { method: 'POST' });
  if (pause.status !== 200) throw new Error(`could not pause the queue (${pause.status})`);
  const before = rssMb(server.pid);
  const rss = sampleRss(server.pid, 20);
  let peak: number | null = null;
  try {
    for (let run = 0; run < RUNS; run++) {
      await mkdir(dir, { recursive: true });
      const r = await post(reference.url, body);
      if (r.status !== 201) throw new Error(`the reference upload failed (${r.status})`);
      ref.push(mb / r.seconds);
      await rm(dir, { recursive: true, force: true });

      const a = await post(`${server.url}/api/batches`, body);
      if (a.status !== 201 || !a.json.batch_id) throw new Error(`the app refused the upload (${a.status}): ${JSON.stringify(a.json)}`);
      app.push(mb / a.seconds);
      await fetch(`${server.url}/api/batches/${a.json.batch_id}`, { method: 'DELETE' });
    }
  } finally {
    peak = rss.stop();
    await fetch(`${server.url}/api/queue/resume`, { method: 'POST' });
    await reference.close();
    await rm(dir, { recursive: true, force: true });
  }
  const growth = peak !== null && before !== null ? peak - before : null;
  return { megabytes: mb, files: count, app, reference: ref, ratio: median(app) / median(ref), appRssGrowthMb: growth };
}

export function formatUpload(u: UploadFigures): string {
  const list = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
  return [
    `upload of ${u.megabytes.toFixed(0)} MB (${u.files} PDFs, one multipart request), ${u.app.length} times each, alternately; the ratio of the medians:`,
    `  bare busboy + SHA-256 + fsync server: ${list(u.reference)} MB/s`,
    `  pdf-batch POST /api/batches:          ${list(u.app)} MB/s`,
    `  ratio ${u.ratio.toFixed(2)} (target >= 0.80): ${u.ratio >= 0.8 ? 'met' : 'NOT met'}`,
    `  server RSS growth during the uploads: ${u.appRssGrowthMb === null ? '-' : u.appRssGrowthMb.toFixed(0)} MB (target < 30): ${u.appRssGrowthMb !== null && u.appRssGrowthMb < 30 ? 'met' : 'NOT met'}`,
  ].join('\n');
}
