// The queue's counts, pushed instead of polled: after jobs change (a job's update, a batch created
// or deleted, the queue paused or resumed) this process reads the counts once and sends them to
// the `queue` room, at most once per interval however many jobs changed and however many pages
// watch. Reads run one after another, so this process's pushes leave in the order they were read;
// across processes the browser keeps the overview read last (`read_at`).
import { rooms, type OutboundEvent } from '../events';
import { log } from '../log';
import { queueOverview } from '../queue/queue-overview';
import { addEventSink, publish } from './publisher';

const INTERVAL_MS = 1000;
const CHANGES = new Set<OutboundEvent['name']>(['job:update', 'batches:update', 'queue:update']);

/**
 * Starts the pushes; returns the function that stops them. `watched` says whether anyone listens:
 * a lone server knows its room, a node of a cluster cannot (its clients may be on another node).
 */
export function feedQueueCounts(watched: () => boolean = () => true, intervalMs = INTERVAL_MS): () => void {
  let timer: NodeJS.Timeout | null = null;
  let pushes = Promise.resolve();

  async function push(): Promise<void> {
    try {
      publish({ name: 'queue:counts', room: rooms.queue, payload: await queueOverview() });
    } catch (err) {
      log.warn({ err }, 'the queue counts could not be read for the Queue card');
    }
  }

  const removeSink = addEventSink((event) => {
    if (timer || !CHANGES.has(event.name)) return;
    timer = setTimeout(() => {
      timer = null;
      if (watched()) pushes = pushes.then(push);
    }, intervalMs);
    timer.unref();
  });
  return () => {
    removeSink();
    if (timer) clearTimeout(timer);
  };
}
