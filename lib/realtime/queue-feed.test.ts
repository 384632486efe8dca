import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import type { JobSummary } from '../schemas/batch';
import type { QueueOverview } from '../schemas/queue';
import { addEventSink, publish } from './publisher';
import { feedQueueCounts } from './queue-feed';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Waits until `done()` (timers run late on a busy machine: tests wait for states, not for times). */
async function until(done: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    assert.ok(Date.now() < deadline, 'timed out');
    await sleep(5);
  }
}
const overview = (queued: number): QueueOverview => ({
  paused: false,
  updated_at: null,
  read_at: new Date().toISOString(),
  counts: { queued, processing: 0, completed: 0, failed: 0, cancelled: 0 },
  workers: { processes: 1, threads: 2 },
});
const jobChanged = () => publish({ name: 'job:update', room: 'batch:b', payload: { job_id: 'j' } as JobSummary });

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** A feed over a fake read that counts its calls and the reads running at once. */
function feed(options: { intervalMs?: number; refreshMs?: number; readMs?: number; failures?: number; watched?: () => boolean } = {}) {
  const seen = { reads: 0, running: 0, mostAtOnce: 0, readAt: [] as number[], pushes: [] as QueueOverview[] };
  let failuresLeft = options.failures ?? 0;
  cleanups.push(addEventSink((event) => event.name === 'queue:counts' && seen.pushes.push(event.payload)));
  const stop = feedQueueCounts({
    intervalMs: options.intervalMs ?? 20,
    refreshMs: options.refreshMs ?? 60_000,
    watched: options.watched,
    readCounts: async () => {
      seen.reads++;
      seen.readAt.push(performance.now());
      seen.running++;
      seen.mostAtOnce = Math.max(seen.mostAtOnce, seen.running);
      await sleep(options.readMs ?? 1);
      seen.running--;
      if (failuresLeft-- > 0) throw new Error('database unreachable');
      return overview(seen.reads);
    },
  });
  cleanups.push(stop);
  return { seen, stop };
}

test('many changes within an interval make one read and one push', async () => {
  const { seen } = feed();
  for (let i = 0; i < 50; i++) jobChanged();
  await until(() => seen.pushes.length === 1);
  await sleep(60);
  assert.equal(seen.reads, 1);
  assert.equal(seen.pushes.length, 1);
});

test('changes during a slow read make one more read after it, never two at once', async () => {
  const { seen } = feed({ intervalMs: 10, readMs: 150 });
  jobChanged();
  await until(() => seen.reads === 1); // the first read runs
  for (let i = 0; i < 5; i++) jobChanged();
  await until(() => seen.pushes.length === 2);
  await sleep(60);
  assert.equal(seen.mostAtOnce, 1);
  assert.equal(seen.reads, 2);
  assert.deepEqual(seen.pushes.map((p) => p.counts.queued), [1, 2]);
});

test('a failed read is tried again, later each time, until the counts go out', async () => {
  const { seen } = feed({ intervalMs: 10, failures: 2 });
  jobChanged();
  await until(() => seen.pushes.length === 1);
  assert.equal(seen.reads, 3);
  const [first, second, third] = seen.readAt;
  assert.ok(second - first >= 19, `waited ${second - first} ms after the first failure (2 intervals)`);
  assert.ok(third - second >= 39, `waited ${third - second} ms after the second (4 intervals)`);
});

test('stopping sends the push still due, and nothing is read afterwards', async () => {
  const { seen, stop } = feed({ intervalMs: 1000 });
  jobChanged();
  await stop();
  assert.equal(seen.pushes.length, 1);
  jobChanged();
  await sleep(30);
  assert.equal(seen.reads, 1);
});

test('nothing is read while nobody watches', async () => {
  const { seen } = feed({ intervalMs: 10, watched: () => false });
  jobChanged();
  await sleep(60);
  assert.equal(seen.reads, 0);
});

test('while watched, the counts go out now and then without changes (workers come and go silently)', async () => {
  const { seen } = feed({ intervalMs: 10, refreshMs: 40 });
  await until(() => seen.pushes.length >= 2);
});
