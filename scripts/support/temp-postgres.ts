// A throwaway PostgreSQL 15 server for tests, the drift check and the scale-out benchmark: its
// own data directory under the temp folder, a free port, trust authentication on 127.0.0.1, no
// fsync. Postgres refuses to run as root, so as root it runs as the `postgres` user.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

export type TempPostgres = {
  /** postgresql://postgres@127.0.0.1:<port>/<database> */
  url: (database?: string) => string;
  /** Creates an empty database with a fresh unique name and returns its URL. */
  createDatabase: (prefix?: string) => Promise<string>;
  stop: () => Promise<void>;
};

function binDir(): string {
  const candidates = [process.env.PG_BIN, '/usr/lib/postgresql/15/bin', '/usr/lib/postgresql/16/bin', '/usr/lib/postgresql/17/bin'];
  const found = candidates.find((dir): dir is string => !!dir && existsSync(path.join(dir, 'pg_ctl')));
  if (!found) throw new Error('PostgreSQL server binaries not found (looked in /usr/lib/postgresql/<15|16|17>/bin; set PG_BIN). On Debian: apt-get install postgresql-15');
  return found;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function startTempPostgres(): Promise<TempPostgres> {
  const bin = binDir();
  const root = await mkdtemp(path.join(os.tmpdir(), 'pdf-batch-pg-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    await chown(root, Number(stdout.trim()), Number(gid.trim()));
  }
  const exec = (cmd: string, args: string[]) =>
    asRoot ? run('runuser', ['-u', 'postgres', '--', path.join(bin, cmd), ...args]) : run(path.join(bin, cmd), args);
  const dataDir = path.join(root, 'data');
  await exec('initdb', ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync', '--locale=C']);
  const port = await freePort();
  const options = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300`;
  await exec('pg_ctl', ['-D', dataDir, '-o', options, '-l', path.join(root, 'server.log'), '-w', '-t', '60', 'start']);

  const url = (database = 'postgres') => `postgresql://postgres@127.0.0.1:${port}/${database}`;
  let counter = 0;
  return {
    url,
    createDatabase: async (prefix = 'test') => {
      const name = `${prefix}_${process.pid}_${Date.now().toString(36)}_${counter++}`;
      const client = new pg.Client({ connectionString: url() });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE "${name}"`);
      } finally {
        await client.end();
      }
      return url(name);
    },
    stop: async () => {
      await exec('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']).catch(() => {});
      await rm(root, { recursive: true, force: true });
    },
  };
}
