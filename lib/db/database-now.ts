// The time by the database's clock on Postgres, where the processes that write and compare times
// (queue overviews, the worker registry) may run on machines whose clocks differ; with SQLite
// there is one process, and its clock is the one.
import { dbProvider, type Db } from './client';

export async function databaseNow(client: Pick<Db, '$queryRaw'>): Promise<Date> {
  if (dbProvider() !== 'postgresql') return new Date();
  const [row] = await client.$queryRaw<{ now: Date }[]>`SELECT statement_timestamp() AS now`;
  return row.now;
}
