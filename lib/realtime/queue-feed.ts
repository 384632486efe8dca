// The queue's counts, pushed instead of polled: after jobs change (a job's update, a batch created
// or deleted, the queue paused or resumed) this process reads the counts once and sends them to
// the `queue` room, at most once per interval however many jobs changed and however many pages
// watch, and every 10 s while a page of this web node watches (the workers in the overview change
// without events).
// One read at a time: changes during a read make one more read an interval later, so this
// process's pushes leave in the order they were read; across processes the browser keeps the
// overview read last (`read_at`, the database's clock on Postgres). A failed read is tried again,
// waiting twice as long each time (up to 30 s), so pages are never left with counts of the past.
import { rooms, type OutboundEvent } from '../events';
import { log } from '../log';
import { queueOverview } from '../queue/queue-overview';
import type { QueueOverview } from '../schemas/queue';
import { addEventSink, publish } from './publisher';

const INTERVAL_MS = 1000;
/** Workers come and go without events (one killed says nothing): a push at least this often while watched. */
const REFRESH_MS = 10_000;
const MAX_RETRY_MS = 30_000;
/** How long stopping waits for the last push (a process shutting down must not hang on it). */
const FLUSH_MS = 2000;
const CHANGES = new Set<OutboundEvent['name']>(['job:update', 'batches:update', 'queue:update']);

export type FeedOptions = {
  /** Whether anyone listens: a lone server knows its room, a node of a cluster cannot. */
  watched?: () => boolean;
  intervalMs?: number;
  /** A push this often besides the changes (0: never), when `refreshWhen` says someone here watches. */
  refreshMs?: number;
  refreshWhen?: () => boolean;
  readCounts?: () => Promise<QueueOverview>;
};

/**
 * Starts the pushes; returns the function that stops them, which first sends the push still due
 * (a worker process's last jobs, requeued as it stops, must reach the pages).
 */
export function feedQueueCounts({
  watched = () => true,
  intervalMs = INTERVAL_MS,
  refreshMs = REFRESH_MS,
  refreshWhen = watched,
  readCounts = queueOverview,
}: FeedOptions = {}): () => Promise<void> {
  let timer: NodeJS.Timeout | null = null;
  let reading: Promise<void> | null = null;
  let changedWhileReading = false;
  let failures = 0;
  let stopped = false;

  function schedule(delayMs: number): void {
    if (stopped) return;
    if (reading) changedWhileReading = true;
    if (timer || reading) return;
    timer = setTimeout(read, delayMs);
    timer.unref();
  }

  function read(): void {
    timer = null;
    if (!watched()) return;
    reading = push().then((ok) => {
      reading = null;
      failures = ok ? 0 : failures + 1;
      const again = !ok || changedWhileReading;
      changedWhileReading = false;
      if (again) schedule(ok ? intervalMs : Math.min(MAX_RETRY_MS, intervalMs * 2 ** failures));
    });
  }

  async function push(): Promise<boolean> {
    try {
      publish({ name: 'queue:counts', room: rooms.queue, payload: await readCounts() });
      return true;
    } catch (err) {
      log.warn({ err }, 'the queue counts could not be read for the Queue card; trying again');
      return false;
    }
  }

  const removeSink = addEventSink((event) => {
    if (CHANGES.has(event.name)) schedule(intervalMs);
  });
  const refresh = refreshMs > 0 ? setInterval(() => refreshWhen() && schedule(intervalMs), refreshMs) : null;
  refresh?.unref();

  return async function stop(): Promise<void> {
    removeSink();
    if (refresh) clearInterval(refresh);
    stopped = true;
    const due = timer !== null || changedWhileReading;
    if (timer) clearTimeout(timer);
    timer = null;
    const flush = (async () => {
      await reading;
      if (due && watched()) await push();
    })();
    await Promise.race([flush, new Promise((resolve) => setTimeout(resolve, FLUSH_MS).unref())]);
  };
}
