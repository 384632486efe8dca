// Which database the integration tests run against: SQLite in each server's DATA_DIR (the
// default), or, when TEST_POSTGRES_URL is set (npm run test:integration:pg, which starts a
// throwaway Postgres), one Postgres database per DATA_DIR on that server, so a test that restarts
// its server on the same DATA_DIR finds its data again.
import { createHash } from 'node:crypto';
import { open, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';

export type TestBackend = 'sqlite' | 'postgresql';

export const testBackend = (): TestBackend => (process.env.TEST_POSTGRES_URL ? 'postgresql' : 'sqlite');

function postgresUrlFor(dataDir: string): { admin: string; url: string; name: string } {
  const admin = process.env.TEST_POSTGRES_URL as string;
  const name = `t_${createHash('sha1').update(path.resolve(dataDir)).digest('hex').slice(0, 16)}`;
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return { admin, url: url.toString(), name };
}

/**
 * DATABASE_URL for a test server on `dataDir`: a Postgres database (created once) or the SQLite
 * file in `dataDir`. Always a URL, so that a DATABASE_URL in the shell running the tests (a real
 * deployment's) is never what a test writes to.
 */
export async function testDatabaseUrl(dataDir: string): Promise<string> {
  if (testBackend() === 'sqlite') return `file:${path.join(dataDir, 'pdf-batch.db')}`;
  const { admin, url, name } = postgresUrlFor(dataDir);
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  return url;
}

/** Moves a batch's finished_at back in time, directly in the database of a stopped server. */
export async function setBatchFinishedAt(dataDir: string, batchId: string, finishedAt: Date): Promise<void> {
  if (testBackend() === 'sqlite') {
    const db = new Database(path.join(dataDir, 'pdf-batch.db'));
    try {
      db.prepare('UPDATE batches SET finished_at = ? WHERE id = ?').run(finishedAt.toISOString().replace('Z', '+00:00'), batchId);
    } finally {
      db.close();
    }
    return;
  }
  const client = new pg.Client({ connectionString: postgresUrlFor(dataDir).url });
  await client.connect();
  try {
    // timestamp(3) columns hold UTC without a zone, as Prisma writes them.
    await client.query(`UPDATE batches SET finished_at = ($1::timestamptz AT TIME ZONE 'UTC') WHERE id = $2`, [finishedAt.toISOString(), batchId]);
  } finally {
    await client.end();
  }
}

/**
 * Destroys the database under a running server. SQLite: the database, its WAL and its
 * shared-memory index overwritten with junk, keeping the files (same inodes). Postgres: the
 * database dropped, its connections terminated.
 */
export async function destroyTestDatabase(dataDir: string): Promise<void> {
  if (testBackend() === 'postgresql') {
    const { admin, name } = postgresUrlFor(dataDir);
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    try {
      await client.query(`DROP DATABASE "${name}" WITH (FORCE)`);
    } finally {
      await client.end();
    }
    return;
  }
  const files = (await readdir(dataDir)).filter((name) => name.startsWith('pdf-batch.db'));
  if (!files.includes('pdf-batch.db')) throw new Error(`no database in ${dataDir}: ${files.join(', ')}`);
  for (const name of files) {
    const file = path.join(dataDir, name);
    const { size } = await stat(file);
    const handle = await open(file, 'r+');
    try {
      await handle.write(Buffer.alloc(Math.max(size, 4096), 'junk '), 0, Math.max(size, 4096), 0);
    } finally {
      await handle.close();
    }
  }
}
