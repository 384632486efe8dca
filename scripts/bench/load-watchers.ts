// The load bench's watchers: Socket.IO clients that behave as the /batch page does. Each joins
// the batch list (`batches:subscribe`), subscribes to batches as it is told (`batch:subscribe`,
// the ack carrying the snapshot), leaves a batch once it has ended, subscribes to the queue's counts
// like the page's Queue card (`queue:subscribe`), and records the age of every `job:update` it receives.
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, QueueSubscribeAck, ServerToClientEvents, SubscribeAck } from '../../lib/events';
import type { BatchSummary, JobSummary } from '../../lib/schemas/batch';
import type { LoadRecorder } from './load-recorder';

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const ENDED = new Set(['completed', 'completed_with_errors', 'failed', 'cancelled']);

export type WatchersOptions = { url: string; count: number; rec: LoadRecorder };

export class Watchers {
  private readonly sockets: ClientSocket[] = [];
  private closing = false;
  /** job:update events received, all watchers together. */
  received = 0;
  /** queue:counts pushes received, all watchers together. */
  queuePushes = 0;

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
        socket.on('queue:counts', () => this.queuePushes++);
        socket.on('batch:update', (batch: BatchSummary) => {
          if (ENDED.has(batch.status)) socket.emit('batch:unsubscribe', batch.batch_id);
        });
        socket.on('connect_error', (err) => rec.error(`socket connect: ${err.message}`));
        socket.on('disconnect', (reason) => {
          if (!this.closing) rec.error(`socket disconnected: ${reason}`);
        });
        return new Promise<void>((resolve) => {
          socket.once('connect', () => {
            const started = performance.now();
            socket.emit('queue:subscribe', (ack: QueueSubscribeAck) => {
              rec.time('queue:subscribe', performance.now() - started);
              if (!ack.ok) rec.error(`queue:subscribe: ${ack.error.code}: ${ack.error.message}`);
            });
            socket.emit('batches:subscribe', () => resolve());
          });
        });
      }),
    );
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
    for (const socket of this.sockets) socket.disconnect();
  }
}
