// On Postgres, the ties between this process and the others on the same database: the pool for
// Socket.IO's adapter/emitter and the LISTEN/NOTIFY relay of queue signals. On SQLite there are
// no others (one process owns the embedded database) and this does nothing.
import type pg from 'pg';
import { openClusterPool } from '../lib/cluster/pg-pool';
import { startSignalRelay } from '../lib/cluster/signal-relay';
import type { Config } from '../lib/config';
import { providerOf } from '../lib/db/provider';

export type Cluster = { pool: pg.Pool | null; stop: () => Promise<void> };

export async function joinCluster(cfg: Config): Promise<Cluster> {
  if (providerOf(cfg.databaseUrl) !== 'postgresql') return { pool: null, stop: async () => {} };
  const pool = await openClusterPool(cfg.databaseUrl);
  const relay = await startSignalRelay(pool);
  return {
    pool,
    stop: async () => {
      await relay.stop();
      await pool.end();
    },
  };
}
