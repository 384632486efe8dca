// The one Prisma client of the process, shared by the custom server and Next's route handlers:
// SQLite through better-sqlite3 (the embedded default) or Postgres through node-postgres, chosen
// by DATABASE_URL. The two generated clients come from the same models (prisma/schema.prisma and
// its derived prisma/postgres/schema.prisma), so the code uses one type for both.
import { PrismaClient } from '../generated/prisma/client';
import { PrismaClient as PostgresPrismaClient } from '../generated/prisma-pg/client';
import { config } from '../config';
import { forgetProcessShared, peekProcessShared, processShared } from '../runtime/process-shared';
import { adapterFactory } from './adapter';
import { closeDirectDb } from './direct/direct-db';
import { providerOf, type DbProvider } from './provider';

export type Db = PrismaClient;

type Opened = { client: PrismaClient; ready: Promise<void> };

/** Connections per process on Postgres: a web node's requests and a worker's threads share them. */
const POSTGRES_POOL_SIZE = 10;

function open(): Opened {
  const url = config().databaseUrl;
  if (providerOf(url) === 'postgresql') {
    const adapter = adapterFactory(url, { poolSize: POSTGRES_POOL_SIZE });
    // Same models, same query API: only the generated provider module differs.
    const client = new PostgresPrismaClient({ adapter }) as unknown as PrismaClient;
    return { client, ready: Promise.resolve() };
  }
  const client = new PrismaClient({ adapter: adapterFactory(url) });
  // WAL lets readers (API, sockets) run while a worker writes; foreign keys make deletes cascade.
  // SQLite's own page cache of 2 MB (better-sqlite3 builds it with 16 MB, held in the server's
  // memory): the operating system's file cache serves the rest of the reads as fast.
  const ready = (async () => {
    await client.$queryRawUnsafe('PRAGMA journal_mode = WAL');
    await client.$executeRawUnsafe('PRAGMA foreign_keys = ON');
    await client.$executeRawUnsafe('PRAGMA cache_size = -2000');
  })();
  return { client, ready };
}

/** The shared client, ready to use (pragmas applied). */
export async function db(): Promise<PrismaClient> {
  const opened = processShared<Opened>('db', open);
  await opened.ready;
  return opened.client;
}

/** Which database this process uses: the few queries written in SQL differ between the two. */
export function dbProvider(): DbProvider {
  return providerOf(config().databaseUrl);
}

export async function closeDb(): Promise<void> {
  const opened = peekProcessShared<Opened>('db');
  forgetProcessShared('db');
  await closeDirectDb();
  if (opened) await opened.client.$disconnect();
}
