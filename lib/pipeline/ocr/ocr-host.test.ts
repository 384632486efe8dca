// The main thread's side of the OCR thread (ocr-host.ts) against real worker threads running a
// stand-in entry: answers come back to the page that asked, a thread that throws or exits fails
// its pages with the reason and the next page starts a new thread, and a thread whose engines are
// all gone is ended. The real entry, with real engines, runs in e2e/api/ocr.test.ts.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import { OcrHost } from './ocr-host';
import { OcrStartError } from './reading';

// jobId says what the stand-in does: 'throw' (an uncaught exception), 'exit', 'start' (no engine), else read.
const STAND_IN = `
import { parentPort, threadId } from 'node:worker_threads';
parentPort.on('message', (m) => {
  if (m.type !== 'read') return;
  if (m.jobId === 'throw') setImmediate(() => { throw new Error('engine exploded'); });
  else if (m.jobId === 'exit') process.exit(3);
  else if (m.jobId === 'start') parentPort.postMessage({ type: 'failed', id: m.id, message: 'no model found for xyz', start: true });
  else {
    parentPort.postMessage({ type: 'counts', running: 1, busy: 0 });
    parentPort.postMessage({ type: 'read', id: m.id, languages: m.languages.join('+'), page: { lines: [], confidence: 90, text: m.image.length + ' bytes, thread ' + threadId } });
    if (m.jobId === 'last') parentPort.postMessage({ type: 'counts', running: 0, busy: 0 });
  }
});
`;

let dir: string;
let entry: URL;
before(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'ocr-host-'));
  const file = path.join(dir, 'stand-in.mjs');
  writeFileSync(file, STAND_IN);
  entry = pathToFileURL(file);
});
after(() => rmSync(dir, { recursive: true, force: true }));

const image = () => new Uint8Array(Buffer.from('P5\n1 1\n255\n\0', 'latin1'));
const threadOf = (text: string) => /thread (\d+)/.exec(text)?.[1];

test('OCR thread: a page is read there, its image transferred; a start failure stays a start failure', { timeout: 20_000 }, async () => {
  const host = new OcrHost(1, () => entry);
  const sent = image();
  const reading = host.recognize('a', ['eng', 'deu'], sent, 300);
  assert.equal(sent.byteLength, 0, 'the image buffer was transferred, not copied');
  const { languages, page } = await reading;
  assert.equal(languages, 'eng+deu');
  assert.match(page.text, /^12 bytes/);
  assert.deepEqual(host.counts, { running: 1, busy: 0 });
  await assert.rejects(host.recognize('start', ['xyz'], image(), 300), (err: Error) => err instanceof OcrStartError && /xyz/.test(err.message));
  await host.close();
  assert.deepEqual(host.counts, { running: 0, busy: 0 });
});

test('OCR thread: one that throws or exits fails its page with the reason; the next page gets a new thread', { timeout: 20_000 }, async () => {
  const host = new OcrHost(1, () => entry);
  const first = threadOf((await host.recognize('a', ['eng'], image(), 300)).page.text);
  await assert.rejects(host.recognize('throw', ['eng'], image(), 300), /the OCR thread failed: engine exploded/);
  const second = threadOf((await host.recognize('b', ['eng'], image(), 300)).page.text);
  assert.notEqual(second, first);
  await assert.rejects(host.recognize('exit', ['eng'], image(), 300), /the OCR thread stopped \(exit code 3\)/);
  const third = threadOf((await host.recognize('c', ['eng'], image(), 300)).page.text);
  assert.notEqual(third, second);
  await host.close();
});

test('OCR thread: ended once it reports no engine and nothing is asked of it', { timeout: 20_000 }, async () => {
  const host = new OcrHost(1, () => entry);
  const first = threadOf((await host.recognize('last', ['eng'], image(), 300)).page.text);
  await new Promise((resolve) => setTimeout(resolve, 20));
  assert.deepEqual(host.counts, { running: 0, busy: 0 });
  const next = threadOf((await host.recognize('a', ['eng'], image(), 300)).page.text);
  assert.notEqual(next, first, 'a new thread for the next page');
  await host.close();
});
