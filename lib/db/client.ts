// The one Prisma client of the process. Next's route handlers and the custom server load this
// module as two separate module instances, so the client lives on globalThis and is shared.
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from '../generated/prisma/client';
import { config } from '../config';
import { sqliteFilePath } from './sqlite-url';

export type Db = PrismaClient;

type DbHolder = { __pdfBatchDb?: { client: PrismaClient; ready: Promise<void> } };
const holder = globalThis as unknown as DbHolder;

function open(): { client: PrismaClient; ready: Promise<void> } {
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
  holder.__pdfBatchDb ??= open();
  await holder.__pdfBatchDb.ready;
  return holder.__pdfBatchDb.client;
}

export async function closeDb(): Promise<void> {
  const current = holder.__pdfBatchDb;
  holder.__pdfBatchDb = undefined;
  if (current) await current.client.$disconnect();
}
