// The load bench's watchers: Socket.IO clients that behave as the /batch page does. Each joins
// the batch list (`batches:subscribe`), subscribes to batches as it is told (`batch:subscribe`,
// the ack carrying the snapshot), leaves a batch once it has ended, polls GET /api/queue like the
// page's Queue card, and records the age of every `job:update` it receives.
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents, SubscribeAck } from '../../lib/events';
import type { BatchSummary, JobSummary } from '../../lib/schemas/batch';
import { timedJson, type LoadRecorder } from './load-recorder';

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const ENDED = new Set(['completed', 'completed_with_errors', 'failed', 'cancelled']);

export type WatchersOptions = { url: string; count: number; rec: LoadRecorder; queuePollMs: number };

export class Watchers {
  private readonly sockets: ClientSocket[] = [];
  private readonly timers: NodeJS.Timeout[] = [];
  private closing = false;
  /** job:update events received, all watchers together. */
  received = 0;

  constructor(private readonly options: WatchersOptions) {}

  /** Connects every watcher (websocket first, as the browser does); resolves when all are in the list room. */
  async connect(): Promise<void> {
    const { url, count, rec } = this.options;
    await Promise.all(
      Array.from({ length: count }, () => {
        const socket: ClientSocket = io(url, { transports: ['websocket', 'polling'], reconnection: true });
        this.sockets.push(socket);
        socket.on('job:update', (job: JobSummary) => {
          this.received++;
          rec.event(Date.now() - Date.parse(job.updated_at));
        });
        socket.on('batch:update', (batch: BatchSummary) => {
          if (ENDED.has(batch.status)) socket.emit('batch:unsubscribe', batch.batch_id);
        });
        socket.on('connect_error', (err) => rec.error(`socket connect: ${err.message}`));
        socket.on('disconnect', (reason) => {
          if (!this.closing) rec.error(`socket disconnected: ${reason}`);
        });
        return new Promise<void>((resolve) => {
          socket.once('connect', () => socket.emit('batches:subscribe', () => resolve()));
        });
      }),
    );
    if (this.options.queuePollMs > 0) {
      for (const _ of this.sockets) this.pollQueue();
    }
  }

  private pollQueue(): void {
    const { url, rec, queuePollMs } = this.options;
    const tick = () => {
      if (this.closing) return;
      void timedJson(rec, 'queue', `${url}/api/queue`).finally(() => {
        if (!this.closing) this.timers.push(setTimeout(tick, queuePollMs));
      });
    };
    this.timers.push(setTimeout(tick, Math.random() * queuePollMs));
  }

  /** Watchers `i` with `i % groups === group` subscribe to `batchId` (groups 1: every watcher). */
  follow(batchId: string, group = 0, groups = 1): void {
    const { rec } = this.options;
    this.sockets.forEach((socket, i) => {
      if (i % groups !== group) return;
      const started = performance.now();
      socket.emit('batch:subscribe', batchId, (ack: SubscribeAck) => {
        rec.time('subscribe', performance.now() - started);
        if (!ack.ok) rec.error(`batch:subscribe: ${ack.error.code}: ${ack.error.message}`);
      });
    });
  }

  close(): void {
    this.closing = true;
    this.timers.forEach(clearTimeout);
    for (const socket of this.sockets) socket.disconnect();
  }
}
