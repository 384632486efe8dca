// Socket.IO on the HTTP server: rooms per batch, one for the list and one for the queue's counts;
// every published event is forwarded to its room. A subscriber joins first and then gets the snapshot in the ack, so no
// update falls between the two (the client drops any event older than the snapshot by `seq`).
import type { Server as HttpServer } from 'node:http';
import { createAdapter } from '@socket.io/postgres-adapter';
import type pg from 'pg';
import { Server, type Socket } from 'socket.io';
import { readCookie, SESSION_COOKIE } from '../lib/auth/session';
import { getBatch } from '../lib/batches/get-batch';
import { AppError } from '../lib/errors';
import { rooms, type AckError, type ClientToServerEvents, type OutboundEvent, type ServerToClientEvents } from '../lib/events';
import { log } from '../lib/log';
import { metrics } from '../lib/metrics/instruments';
import { queueOverview } from '../lib/queue/queue-overview';
import { broadcast } from '../lib/realtime/broadcast';
import { addEventSink } from '../lib/realtime/publisher';
import { feedQueueCounts } from '../lib/realtime/queue-feed';
import { sessionRoom, SESSIONS_ROOM, setSessionSocketCloser } from '../lib/realtime/session-sockets';
import { CoalescedReads } from '../lib/runtime/coalesced-reads';

export type RealtimeServer = Server<ClientToServerEvents, ServerToClientEvents>;

/** Subscribers of one batch arriving together share one read of its snapshot. */
const snapshots = new CoalescedReads((batchId) => getBatch(batchId));

/**
 * With a Postgres pool (scale-out), Socket.IO's Postgres adapter joins this node's server to the
 * others: an event emitted on any node, or by a worker process's emitter, reaches every client.
 */
export function attachRealtime(httpServer: HttpServer, pool: pg.Pool | null = null): { io: RealtimeServer; close: () => Promise<void> } {
  const io: RealtimeServer = new Server(httpServer, { serveClient: false, ...(pool ? { adapter: createAdapter(pool) } : {}) });
  io.on('connection', (socket) => {
    const session = readCookie(socket.handshake.headers.cookie, SESSION_COOKIE);
    if (session) void socket.join([sessionRoom(session), SESSIONS_ROOM]);
    registerHandlers(socket);
  });
  setSessionSocketCloser((room) => io.in(room).disconnectSockets(true));
  const removeSink = addEventSink((event) => forward(io, event));
  // Alone, this server knows whether anyone watches the counts; in a cluster they may be elsewhere,
  // so only the refresh waits for watchers of its own.
  const watchedHere = () => (io.of('/').adapter.rooms.get(rooms.queue)?.size ?? 0) > 0;
  const stopFeed = feedQueueCounts(pool ? { refreshWhen: watchedHere } : { watched: watchedHere });
  return {
    io,
    close: async () => {
      await stopFeed(); // its last push goes through the sink below
      removeSink();
      await io.close();
    },
  };
}

function forward(io: RealtimeServer, event: OutboundEvent): void {
  // Fan-out: how many of this process's clients the event goes to.
  const reached = event.name === 'queue:update' ? io.of('/').sockets.size : (io.of('/').adapter.rooms.get(event.room)?.size ?? 0);
  if (reached) metrics().eventDeliveries.inc({ event: event.name }, reached);
  broadcast(io, event);
}

function registerHandlers(socket: Socket<ClientToServerEvents, ServerToClientEvents>): void {
  socket.on('batch:subscribe', async (batchId, ack) => {
    if (typeof ack !== 'function') return;
    if (typeof batchId !== 'string' || !batchId) {
      ack({ ok: false, error: { code: 'bad_request', message: 'batch:subscribe needs a batch id.' } });
      return;
    }
    const room = rooms.batch(batchId);
    await socket.join(room);
    try {
      ack({ ok: true, batch: await snapshots.get(batchId) });
    } catch (err) {
      await socket.leave(room);
      ack(subscribeError(err));
    }
  });
  socket.on('batch:unsubscribe', (batchId) => {
    if (typeof batchId === 'string') void socket.leave(rooms.batch(batchId));
  });
  socket.on('batches:subscribe', async (ack) => {
    await socket.join(rooms.batches);
    if (typeof ack === 'function') ack({ ok: true });
  });
  socket.on('batches:unsubscribe', () => void socket.leave(rooms.batches));
  socket.on('queue:subscribe', async (ack) => {
    if (typeof ack !== 'function') return;
    await socket.join(rooms.queue);
    try {
      ack({ ok: true, queue: await queueOverview() });
    } catch (err) {
      await socket.leave(rooms.queue);
      ack(subscribeError(err, 'The queue could not be read.'));
    }
  });
  socket.on('queue:unsubscribe', () => void socket.leave(rooms.queue));
}

function subscribeError(err: unknown, message = 'The batch could not be loaded.'): AckError {
  if (err instanceof AppError) return { ok: false, error: { code: err.code, message: err.message } };
  log.error({ err }, 'subscribe failed');
  return { ok: false, error: { code: 'internal_error', message } };
}
