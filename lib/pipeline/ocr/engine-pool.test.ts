// The process's OCR engines (engine-pool.ts) with stand-in engines that read a page when the test
// says so: how many are made, who waits, what a cancel or a failed start does. The real engine
// reads real scans in e2e/api/ocr.test.ts.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { OcrEngine, OcrPage } from './engine';
import { OcrEnginePool } from './engine-pool';
import { OcrStartError } from './reading';
import type { LanguageModel } from './languages';

type Pending = { engine: number; finish: () => void; fail: (message: string) => void };

/** Engines that read a page only when the test finishes it; `made` and `ended` count them. */
function standIns(options: { failWith?: string; terminateMs?: number } = {}) {
  const state = { made: [] as string[], ended: 0, pending: [] as Pending[] };
  const make = async (models: LanguageModel[]): Promise<OcrEngine> => {
    const languages = models.map((m) => m.code).join('+');
    if (options.failWith) throw new Error(options.failWith);
    const id = state.made.push(languages);
    return {
      languages,
      recognize: () =>
        new Promise<OcrPage>((resolve, reject) => {
          state.pending.push({ engine: id, finish: () => resolve({ lines: [], confidence: 90, text: `read by engine ${id}` }), fail: (message) => reject(new Error(message)) });
        }),
      terminate: async () => {
        await new Promise((resolve) => setTimeout(resolve, options.terminateMs ?? 0));
        state.ended++;
      },
    };
  };
  return { state, make };
}

const page = Buffer.from('P5\n1 1\n255\n\0', 'latin1');
const tick = () => new Promise((resolve) => setImmediate(resolve));
/** Long enough for every pending callback here (a stand-in engine ends after a 0 ms timer). */
const ticks = async () => {
  for (let i = 0; i < 5; i++) await tick();
  await new Promise((resolve) => setTimeout(resolve, 5));
  for (let i = 0; i < 5; i++) await tick();
};

let tessdata: string;
const saved = process.env.TESSDATA_PREFIX;
before(() => {
  // A second language for the pool to tell apart (the stand-in engines never open the file).
  tessdata = mkdtempSync(path.join(os.tmpdir(), 'pool-tessdata-'));
  writeFileSync(path.join(tessdata, 'zzz.traineddata'), '');
  process.env.TESSDATA_PREFIX = tessdata;
});
after(() => {
  process.env.TESSDATA_PREFIX = saved;
  if (saved === undefined) delete process.env.TESSDATA_PREFIX;
  rmSync(tessdata, { recursive: true, force: true });
});

test('engine pool: never more engines than its size; the next page waits for one and reuses it', async () => {
  const { state, make } = standIns();
  const pool = new OcrEnginePool(2, 60_000, make);
  const readings = ['a', 'b', 'c'].map((job) => pool.recognize(job, ['eng'], page, 300));
  await ticks();
  assert.equal(state.made.length, 2);
  assert.deepEqual(pool.counts, { running: 2, busy: 2 });
  assert.equal(state.pending.length, 2, 'the third page waits');
  state.pending.shift()?.finish();
  assert.equal((await readings[0]).page.text, 'read by engine 1');
  await ticks();
  assert.equal(state.made.length, 2, 'the freed engine reads the waiting page');
  assert.deepEqual(state.pending.map((p) => p.engine), [2, 1]);
  for (const p of state.pending.splice(0)) p.finish();
  assert.equal((await readings[2]).languages, 'eng');
  await readings[1];
  assert.deepEqual(pool.counts, { running: 2, busy: 0 });
  await pool.close();
  assert.equal(state.ended, 2);
  assert.deepEqual(pool.counts, { running: 0, busy: 0 });
});

test('engine pool: a page of other languages ends a free engine to make its own', async () => {
  const { state, make } = standIns();
  const pool = new OcrEnginePool(1, 60_000, make);
  const first = pool.recognize('a', ['eng'], page, 300);
  await ticks();
  const second = pool.recognize('b', ['eng', 'zzz'], page, 300);
  await ticks();
  assert.equal(state.made.length, 1, 'it waits while the only engine is lent');
  state.pending.shift()?.finish();
  await first;
  await ticks();
  assert.deepEqual(state.made, ['eng', 'eng+zzz']);
  assert.equal(state.ended, 1);
  assert.equal(pool.counts.running, 1);
  state.pending.shift()?.finish();
  assert.equal((await second).languages, 'eng+zzz');
  await pool.close();
});

test('engine pool: a cancelled page ends its engine; the next page gets a fresh one', async () => {
  const { state, make } = standIns();
  const pool = new OcrEnginePool(1, 60_000, make);
  const cancelled = pool.recognize('a', ['eng'], page, 300);
  const waiting = pool.recognize('b', ['eng'], page, 300);
  await ticks();
  pool.abort('a');
  await assert.rejects(cancelled, /cancelled/);
  await ticks();
  assert.equal(state.ended, 1);
  assert.equal(state.made.length, 2);
  state.pending.at(-1)?.finish();
  assert.equal((await waiting).page.text, 'read by engine 2');
  // A page still waiting for an engine is dropped with its document.
  const holder = pool.recognize('c', ['eng'], page, 300);
  const dropped = pool.recognize('d', ['eng'], page, 300);
  await ticks();
  pool.abort('d');
  await assert.rejects(dropped, /cancelled/);
  state.pending.at(-1)?.finish();
  await holder;
  assert.deepEqual(pool.counts, { running: 1, busy: 0 });
  await pool.close();
});

test('engine pool: an engine that cannot start fails the page as a start error and is not kept', async () => {
  const { make } = standIns({ failWith: 'bad model file' });
  const pool = new OcrEnginePool(1, 60_000, make);
  await assert.rejects(pool.recognize('a', ['eng'], page, 300), (err: Error) => err instanceof OcrStartError && /bad model file/.test(err.message));
  await ticks();
  assert.deepEqual(pool.counts, { running: 0, busy: 0 });
  await assert.rejects(pool.recognize('a', ['xyz'], page, 300), (err: Error) => err instanceof OcrStartError && /no model found for xyz/.test(err.message));
  await pool.close();
});

test('engine pool: an engine unused for the idle time is ended', async () => {
  const { state, make } = standIns();
  const pool = new OcrEnginePool(1, 30, make);
  const reading = pool.recognize('a', ['eng'], page, 300);
  await ticks();
  state.pending.shift()?.finish();
  await reading;
  assert.equal(pool.counts.running, 1);
  await new Promise((resolve) => setTimeout(resolve, 80));
  assert.equal(pool.counts.running, 0);
  assert.equal(state.ended, 1);
  await pool.close();
});

test('engine pool: an engine that fails a page is ended (it may be broken); the next page gets a new one', async () => {
  const { state, make } = standIns();
  const pool = new OcrEnginePool(1, 60_000, make);
  const failing = pool.recognize('a', ['eng'], page, 300);
  const next = pool.recognize('b', ['eng'], page, 300);
  await ticks();
  state.pending.shift()?.fail('RuntimeError: memory access out of bounds');
  await assert.rejects(failing, (err: Error) => !(err instanceof OcrStartError) && /out of bounds/.test(err.message));
  await ticks();
  assert.equal(state.ended, 1);
  assert.equal(state.made.length, 2);
  state.pending.shift()?.finish();
  assert.equal((await next).page.text, 'read by engine 2');
  await pool.close();
});

test('engine pool: an engine still ending counts toward the size; the next one is made once it is gone', async () => {
  const { state, make } = standIns({ terminateMs: 50 });
  const seen: number[] = [];
  const pool = new OcrEnginePool(1, 60_000, make, (counts) => seen.push(counts.running));
  const cancelled = pool.recognize('a', ['eng'], page, 300);
  const next = pool.recognize('b', ['eng'], page, 300);
  await ticks();
  pool.abort('a');
  await assert.rejects(cancelled, /cancelled/);
  await ticks();
  assert.equal(state.made.length, 1, 'no second engine while the first is ending');
  assert.deepEqual(pool.counts, { running: 1, busy: 0 });
  await new Promise((resolve) => setTimeout(resolve, 80));
  assert.equal(state.made.length, 2);
  state.pending.at(-1)?.finish();
  await next;
  assert.ok(Math.max(...seen) <= 1, `never more than one engine alive: ${seen.join(',')}`);
  await pool.close();
});
