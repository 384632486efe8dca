// The process's small node-postgres pool for what Prisma does not do: Socket.IO's adapter and
// emitter, and LISTEN/NOTIFY between processes (the queue's data goes through Prisma's own pool).
import pg from 'pg';
import { postgresConfig } from '../db/adapter';
import { log } from '../log';

/** Socket.IO's Postgres adapter keeps payloads over NOTIFY's 8,000-byte limit in this table. */
const ATTACHMENTS_TABLE = `
  CREATE TABLE IF NOT EXISTS socket_io_attachments (
    id          bigserial UNIQUE,
    created_at  timestamptz DEFAULT NOW(),
    payload     bytea
  )`;

export async function openClusterPool(databaseUrl: string): Promise<pg.Pool> {
  const pool = new pg.Pool(postgresConfig(databaseUrl, { max: 4, application_name: 'pdf-batch-cluster' }));
  // An idle client's error (the server restarted) must not crash the process; the next query reconnects.
  pool.on('error', (err) => log.warn({ err }, 'Postgres connection of the cluster pool lost'));
  await pool.query(ATTACHMENTS_TABLE);
  return pool;
}
