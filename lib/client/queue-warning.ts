// What the Queue card warns of: files waiting with no worker anywhere to run them (a cluster whose
// worker processes are down, or a server started with WORKER_CONCURRENCY=0).
import type { QueueOverview } from '@/lib/schemas/queue';

export function noWorkerWarning(queue: QueueOverview | null): string | null {
  if (!queue || queue.paused || queue.counts.queued === 0 || queue.workers.threads > 0) return null;
  return 'No worker is running: queued files wait until one starts.';
}
