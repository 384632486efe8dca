// The process's one direct connection (SQLite) or pool (Postgres) for the queue's hot path,
// opened on first use and closed with Prisma's client (closeDb).
import { config } from '../../config';
import { forgetProcessShared, peekProcessShared, processShared } from '../../runtime/process-shared';
import { providerOf } from '../provider';
import { sqliteFilePath } from '../sqlite-url';
import type { DirectDb } from './op';
import { openPostgres } from './postgres';
import { openSqlite } from './sqlite';

export function directDb(): DirectDb {
  return processShared<DirectDb>('direct-db', () => {
    const url = config().databaseUrl;
    return providerOf(url) === 'postgresql' ? openPostgres(url) : openSqlite(sqliteFilePath(url));
  });
}

export async function closeDirectDb(): Promise<void> {
  const opened = peekProcessShared<DirectDb>('direct-db');
  forgetProcessShared('direct-db');
  await opened?.close();
}
