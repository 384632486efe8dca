// The watched folder (WATCH_DIR): real files copied into a real folder become a batch; each file
// ends in processed/ or failed/; a file still being written is left until it is complete; after a
// crash and a restart nothing is taken twice, and a batch cut off while being created is redone.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { appendFile, copyFile, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { BatchDetail, BatchListResponse } from '../../lib/schemas/batch';
import { getJson, waitForBatch } from '../support/api';
import { generatedCorpus, generatedDir } from '../support/pdfs';
import { makeDataDir, removeDataDir, startServer, type TestServer } from '../support/server';

const dataDir = await makeDataDir();
const watchDir = await mkdtemp(path.join(os.tmpdir(), 'pdf-batch-watch-'));
const staging = path.join(watchDir, '.staging'); // hidden, so never taken; same file system, so renames are atomic
const env = { WATCH_DIR: watchDir, WATCH_POLL_S: '1' };
let server: TestServer;

before(async () => {
  await generatedCorpus();
  await mkdir(staging);
  server = await startServer({ dataDir, env });
});
after(async () => {
  await server?.stop();
  await removeDataDir(dataDir);
  await rm(watchDir, { recursive: true, force: true });
});

const fixture = (name: string) => path.join(generatedDir, name);
const inWatch = (...parts: string[]) => path.join(watchDir, ...parts);

async function waitFor(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${server.output().slice(-3000)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Puts a file into the folder whole, at once (copied beside it, then renamed in). */
async function drop(source: string | Buffer, name: string): Promise<void> {
  const temp = path.join(staging, randomUUID());
  if (typeof source === 'string') await copyFile(source, temp);
  else await writeFile(temp, source);
  await rename(temp, inWatch(name));
}

async function watchedBatches(): Promise<BatchDetail[]> {
  const { body } = await getJson<BatchListResponse>(server.url, '/api/batches?limit=100');
  const watched = body.batches.filter((b) => b.name.startsWith('Watched folder '));
  return Promise.all(watched.map(async (b) => (await getJson<BatchDetail>(server.url, `/api/batches/${b.batch_id}`)).body));
}

const files = async (folder: string) => (existsSync(folder) ? (await readdir(folder)).sort() : []);
const looseFiles = async () => (await readdir(watchDir, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);

test('PDFs placed in the folder become a batch; each ends in processed/, a text file named .pdf in failed/', async () => {
  await drop(fixture('invoice-1.pdf'), 'invoice-1.pdf');
  await drop(fixture('datasheet-1.pdf'), 'datasheet-1.pdf');
  await drop(Buffer.from('These are my notes, not a PDF at all.\n'), 'notes.pdf');

  await waitFor('the files to be taken', async () => (await looseFiles()).length === 0);
  // Files are moved out of the folder first, then the batch is written: wait for the batch.
  const total = (batches: BatchDetail[]) => batches.reduce((n, b) => n + b.total_files, 0);
  await waitFor('the batch with the files', async () => total(await watchedBatches()) >= 3);
  const batches = await watchedBatches();
  assert.equal(total(batches), 3, 'every file is in it, once');
  for (const batch of batches) {
    assert.match(batch.name, /^Watched folder \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC$/);
    assert.equal(batch.workflow, 'full_extraction');
    await waitForBatch(server.url, batch.batch_id, 90_000);
  }
  const jobs = (await watchedBatches()).flatMap((b) => b.jobs);
  const byName = new Map(jobs.map((j) => [j.filename, j]));
  assert.equal(byName.get('invoice-1.pdf')?.status, 'completed');
  assert.equal(byName.get('datasheet-1.pdf')?.status, 'completed');
  assert.equal(byName.get('notes.pdf')?.status, 'failed');
  assert.equal(byName.get('notes.pdf')?.error_type, 'validation_error');

  await waitFor('the files to be moved', async () => (await files(inWatch('processed'))).length === 2 && (await files(inWatch('failed'))).length === 1);
  assert.deepEqual(await files(inWatch('processed')), ['datasheet-1.pdf', 'invoice-1.pdf']);
  assert.deepEqual(await files(inWatch('failed')), ['notes.pdf']);
  assert.deepEqual(await readFile(inWatch('processed', 'invoice-1.pdf')), await readFile(fixture('invoice-1.pdf')), 'moved, not changed');
  await waitFor('.taken/ to be emptied', async () => (await files(inWatch('.taken'))).length === 0);
});

test('a file written slowly, in parts, is taken only once it is complete', async () => {
  const whole = await readFile(fixture('invoice-2.pdf'));
  const parts = 8;
  const target = inWatch('invoice-2.pdf');
  for (let i = 0; i < parts; i++) {
    // Each part comes well within one poll (1 s) of the last, so every poll sees the file grow.
    await appendFile(target, whole.subarray(Math.floor((i * whole.length) / parts), Math.floor(((i + 1) * whole.length) / parts)));
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await waitFor('processed/invoice-2.pdf', () => existsSync(inWatch('processed', 'invoice-2.pdf')));
  assert.deepEqual(await readFile(inWatch('processed', 'invoice-2.pdf')), whole);
  const jobs = (await watchedBatches()).flatMap((b) => b.jobs).filter((j) => j.filename === 'invoice-2.pdf');
  assert.equal(jobs.length, 1, 'taken once');
  assert.equal(jobs[0].size_bytes, whole.length, 'taken whole');
  assert.equal(jobs[0].status, 'completed');
});

test('a name already in processed/ is numbered', async () => {
  await drop(fixture('invoice-1.pdf'), 'invoice-1.pdf');
  await waitFor('processed/invoice-1 (2).pdf', () => existsSync(inWatch('processed', 'invoice-1 (2).pdf')));
  assert.ok(existsSync(inWatch('processed', 'invoice-1.pdf')), 'the first one is still there');
});

test('after kill -9 and a restart nothing is taken twice; a batch cut off while being created is taken again', async () => {
  await drop(fixture('datasheet-2.pdf'), 'datasheet-2.pdf');
  await waitFor('datasheet-2.pdf in a batch', async () =>
    (await watchedBatches()).some((b) => b.jobs.some((j) => j.filename === 'datasheet-2.pdf')),
  );
  const before = (await watchedBatches()).length;
  await server.kill();

  // What a crash between taking files and writing their batch leaves: a marked folder in .taken/.
  const cutOff = inWatch('.taken', randomUUID());
  await mkdir(path.join(cutOff, randomUUID()), { recursive: true });
  await writeFile(path.join(cutOff, '.creating'), '');
  const jobDir = (await readdir(cutOff, { withFileTypes: true })).find((e) => e.isDirectory())?.name as string;
  await copyFile(fixture('report-1.pdf'), path.join(cutOff, jobDir, 'report-1.pdf'));

  server = await startServer({ dataDir, env });
  await waitFor('processed/datasheet-2.pdf', () => existsSync(inWatch('processed', 'datasheet-2.pdf')));
  await waitFor('processed/report-1.pdf', () => existsSync(inWatch('processed', 'report-1.pdf')));
  // A file placed after the restart shows the folder is watched again (and polled several times).
  await drop(fixture('other-1.pdf'), 'other-1.pdf');
  await waitFor('processed/other-1.pdf', () => existsSync(inWatch('processed', 'other-1.pdf')));

  const batches = await watchedBatches();
  assert.equal(batches.length, before + 2, 'one batch for the redone report, one for the new file; none again');
  const names = batches.flatMap((b) => b.jobs.map((j) => j.filename)).sort();
  assert.deepEqual(names, ['datasheet-1.pdf', 'datasheet-2.pdf', 'invoice-1.pdf', 'invoice-1.pdf', 'invoice-2.pdf', 'notes.pdf', 'other-1.pdf', 'report-1.pdf']);
  assert.deepEqual(await files(inWatch('processed')), [
    'datasheet-1.pdf', 'datasheet-2.pdf', 'invoice-1 (2).pdf', 'invoice-1.pdf', 'invoice-2.pdf', 'other-1.pdf', 'report-1.pdf',
  ]);
  assert.deepEqual(await files(inWatch('failed')), ['notes.pdf']);
  assert.deepEqual(await looseFiles(), []);
  await waitFor('.taken/ to be emptied', async () => (await files(inWatch('.taken'))).length === 0);
});
