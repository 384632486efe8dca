// In a worker-only process there is no Socket.IO server: its events go to the web nodes through
// Postgres with Socket.IO's own emitter, and each web node's Postgres adapter hands them to its
// clients in the right room.
import { Emitter } from '@socket.io/postgres-emitter';
import type pg from 'pg';
import type { ServerToClientEvents } from '../events';
import { broadcast, type Broadcaster } from '../realtime/broadcast';
import { addEventSink } from '../realtime/publisher';

export function sendEventsThroughPostgres(pool: pg.Pool): () => void {
  const emitter = new Emitter<ServerToClientEvents>(pool);
  return addEventSink((event) => broadcast(emitter as unknown as Broadcaster, event));
}
