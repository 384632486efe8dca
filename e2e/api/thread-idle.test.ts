// PDF threads start with the first documents, and threads that sit idle end (THREAD_IDLE_S),
// giving their memory back; a new one starts for the next document: real threads, real PDFs, the
// pool the worker loop uses.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, test } from 'node:test';
import { ThreadPool } from '../../lib/pipeline/thread-pool';
import { generatedDir } from '../support/pdfs';

const IDLE_MS = 400;
const pool = new ThreadPool({ size: 2, memoryMb: 256, timeoutMs: 60_000, idleMs: IDLE_MS });
after(() => pool.close());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const run = (name: string) =>
  pool.run({ type: 'run', jobId: name, file: path.join(generatedDir, name), workflow: 'text_only', maxPages: 100 }, () => {});

async function waitFor(what: string, check: () => boolean, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

test('threads start with documents, end after THREAD_IDLE_S, and the next documents start new ones', async () => {
  assert.equal(pool.running, 0, 'a new pool holds no thread until a document comes');
  assert.equal(pool.idle, 2, 'threads not started count as room for documents');
  const [one] = await Promise.all([run('invoice-1.pdf')]);
  assert.ok(one.ok && one.pages >= 1);
  assert.equal(pool.running, 1, 'one document started one thread');
  await waitFor('the thread to end while idle', () => pool.running === 0);
  assert.equal(pool.idle, 2, 'ended threads still count as room for documents');
  assert.equal(pool.ready, 0);

  const both = Promise.all([run('invoice-1.pdf'), run('contract-1.pdf')]);
  // Counted at once: on a loaded machine the thread done first may sit idle past IDLE_MS and end
  // before the other document finishes.
  assert.equal(pool.running, 2, 'two documents at once started two threads');
  const [first, second] = await both;
  assert.ok(first.ok && second.ok, 'both documents ran on new threads');
  assert.ok(first.ok && first.pages >= 1 && JSON.parse(first.json).text.length > 0);

  // A thread kept busy does not end: a document every quarter of IDLE_MS.
  for (let i = 0; i < 4; i++) {
    await sleep(IDLE_MS / 4);
    assert.ok(pool.running >= 1, 'a thread used within THREAD_IDLE_S is still there');
    assert.ok((await run('invoice-1.pdf')).ok);
  }
  await waitFor('every thread to end again', () => pool.running === 0);
});
