// In a worker-only process there is no Socket.IO server: its events go to the web nodes through
// Postgres with Socket.IO's own emitter, and each web node's Postgres adapter hands them to its
// clients in the right room. The emitter (0.1.1, the latest) speaks the message format of
// @socket.io/postgres-adapter 0.3; adapter 0.4 and 0.5 drop its messages (they expect an `nsp`
// field it does not send), so package.json pins the adapter at 0.3.1.
import { Emitter } from '@socket.io/postgres-emitter';
import type pg from 'pg';
import type { ServerToClientEvents } from '../events';
import { broadcast, type Broadcaster } from '../realtime/broadcast';
import { addEventSink } from '../realtime/publisher';
import { feedQueueCounts } from '../realtime/queue-feed';

/** Also pushes the queue's counts after this process's jobs change (`feedQueueCounts`); stopping sends the last one. */
export function sendEventsThroughPostgres(pool: pg.Pool): () => Promise<void> {
  const emitter = new Emitter<ServerToClientEvents>(pool);
  const removeSink = addEventSink((event) => broadcast(emitter as unknown as Broadcaster, event));
  const stopFeed = feedQueueCounts({ refreshMs: 0 }); // the web nodes refresh for their own pages
  return async () => {
    await stopFeed();
    removeSink();
  };
}
