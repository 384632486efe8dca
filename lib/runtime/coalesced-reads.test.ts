import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CoalescedReads } from './coalesced-reads';

/** A read whose answer the test gives by hand, counting the reads made. */
function manualReads() {
  const pending: { key: string; resolve: (v: string) => void; reject: (e: Error) => void }[] = [];
  const reads = new CoalescedReads<string>((key) => new Promise((resolve, reject) => pending.push({ key, resolve, reject })));
  return { reads, pending };
}

const tick = () => new Promise((r) => setImmediate(r));

test('callers asking at the same moment share one read', async () => {
  const { reads, pending } = manualReads();
  const answers = Promise.all([reads.get('a'), reads.get('a'), reads.get('a')]);
  await tick();
  assert.equal(pending.length, 1);
  pending[0].resolve('v1');
  assert.deepEqual(await answers, ['v1', 'v1', 'v1']);
});

test('a caller arriving while a read runs gets the next read, not the one that started before it', async () => {
  const { reads, pending } = manualReads();
  const first = reads.get('a');
  await tick();
  const late = [reads.get('a'), reads.get('a')];
  await tick();
  assert.equal(pending.length, 1, 'the next read waits for the running one');
  pending[0].resolve('before');
  assert.equal(await first, 'before');
  await tick();
  assert.equal(pending.length, 2, 'one more read for both late callers');
  pending[1].resolve('after');
  assert.deepEqual(await Promise.all(late), ['after', 'after']);
});

test('keys do not share, and a failed read fails only its own callers', async () => {
  const { reads, pending } = manualReads();
  const a = reads.get('a');
  const b = reads.get('b');
  await tick();
  assert.deepEqual(pending.map((p) => p.key), ['a', 'b']);
  pending[0].reject(new Error('gone'));
  pending[1].resolve('vb');
  await assert.rejects(a, /gone/);
  assert.equal(await b, 'vb');
  const again = reads.get('a');
  await tick();
  pending[2].resolve('va');
  assert.equal(await again, 'va');
});

test('a read that throws at once fails its callers and does not block the key', async () => {
  let calls = 0;
  const reads = new CoalescedReads<string>(async (key) => key);
  const throwing = new CoalescedReads<string>((key) => {
    calls += 1;
    if (calls === 1) throw new Error('at once');
    return reads.get(key);
  });
  await assert.rejects(throwing.get('a'), /at once/);
  assert.equal(await throwing.get('a'), 'a');
});

test('a read that hangs holds up only its own callers: later ones start their own after maxWaitMs', async () => {
  let calls = 0;
  const reads = new CoalescedReads<string>((key) => {
    calls += 1;
    return calls === 1 ? new Promise<string>(() => {}) : Promise.resolve(`${key}${calls}`);
  }, 20);
  void reads.get('a'); // never answers
  await tick();
  assert.equal(await reads.get('a'), 'a2');
});
