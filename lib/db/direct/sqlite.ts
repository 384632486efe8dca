// The hot path's own SQLite connection (better-sqlite3, beside Prisma's): statements prepared once
// and kept, each operation one synchronous transaction (BEGIN IMMEDIATE … COMMIT in one turn of the
// event loop, so nothing else in the process runs inside it). Its busy timeout is 0: when Prisma's
// connection holds the write lock across an await (an interactive transaction), waiting here
// synchronously would stop the very event loop that must finish that transaction, so the operation
// is tried again a moment later instead.
import Database from 'better-sqlite3';
import type { DirectDb, Op, Row } from './op';

/** Prisma's interactive transactions end within 5 s (their timeout): a settle waiting longer than this has met something else. */
const RETRY_FOR_MS = 30_000;

const toSqlite = (value: unknown) =>
  value instanceof Date ? value.toISOString().replace('Z', '+00:00') : typeof value === 'boolean' ? (value ? 1 : 0) : value;

export function openSqlite(file: string): DirectDb {
  const connection = new Database(file, { timeout: 0 });
  connection.pragma('journal_mode = WAL');
  connection.pragma('foreign_keys = ON');
  connection.pragma('cache_size = -2000');
  const statements = new Map<string, Database.Statement>();
  const prepared = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = connection.prepare(sql)));
    return statement;
  };
  const begin = prepared('BEGIN IMMEDIATE');
  const commit = prepared('COMMIT');
  const rollback = prepared('ROLLBACK');

  function runOnce<T>(op: Op<T>): T {
    begin.run();
    try {
      let step = op.next([]);
      while (!step.done) {
        const statement = step.value.once ? connection.prepare(step.value.sql) : prepared(step.value.sql);
        const params = step.value.params.map(toSqlite);
        const rows = statement.reader ? (statement.all(...params) as Row[]) : (statement.run(...params), []);
        step = op.next(rows);
      }
      commit.run();
      return step.value;
    } catch (err) {
      if (connection.inTransaction) rollback.run();
      throw err;
    }
  }

  return {
    provider: 'sqlite',
    async transaction<T>(make: () => Op<T>): Promise<T> {
      const giveUpAt = Date.now() + RETRY_FOR_MS;
      for (let wait = 1; ; wait = Math.min(wait * 2, 50)) {
        try {
          return runOnce(make());
        } catch (err) {
          const busy = (err as { code?: string }).code?.startsWith('SQLITE_BUSY');
          if (!busy || Date.now() > giveUpAt) throw err;
        }
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    },
    async close() {
      connection.close();
    },
  };
}
