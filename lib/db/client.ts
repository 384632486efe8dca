// The one Prisma client of the process, shared by the custom server and Next's route handlers.
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from '../generated/prisma/client';
import { config } from '../config';
import { forgetProcessShared, peekProcessShared, processShared } from '../runtime/process-shared';
import { sqliteFilePath } from './sqlite-url';

export type Db = PrismaClient;

type Opened = { client: PrismaClient; ready: Promise<void> };

function open(): Opened {
  const url = config().databaseUrl;
  const file = sqliteFilePath(url);
  const client = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: file, timeout: 10_000 }) });
  // WAL lets readers (API, sockets) run while a worker writes; foreign keys make deletes cascade.
  const ready = (async () => {
    await client.$queryRawUnsafe('PRAGMA journal_mode = WAL');
    await client.$executeRawUnsafe('PRAGMA foreign_keys = ON');
  })();
  return { client, ready };
}

/** The shared client, ready to use (pragmas applied). */
export async function db(): Promise<PrismaClient> {
  const opened = processShared<Opened>('db', open);
  await opened.ready;
  return opened.client;
}

export async function closeDb(): Promise<void> {
  const opened = peekProcessShared<Opened>('db');
  forgetProcessShared('db');
  if (opened) await opened.client.$disconnect();
}
