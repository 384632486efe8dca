// The hot path's Postgres connections (node-postgres, beside Prisma's pool): each operation one
// transaction on one pooled client. Statements are not prepared by name: a named statement over
// `RETURNING *` fails on every pooled connection once a migration adds a column ("cached plan must
// not change result type"), and names do not survive a transaction-mode PgBouncer. Prisma stores
// DateTime as timestamp(3) without time zone holding UTC; dates are written and read as UTC here.
import pg from 'pg';
import { postgresConfig } from '../adapter';
import { log } from '../../log';
import type { DirectDb, Op, Row } from './op';

const TIMESTAMP = 1114;
const POOL_SIZE = 4;
const parseUtc = (text: string) => new Date(`${text.replace(' ', 'T')}Z`);
const types = { getTypeParser: (oid: number, format?: string) => (oid === TIMESTAMP ? parseUtc : pg.types.getTypeParser(oid, format as 'text')) } as pg.CustomTypesConfig;

const toPostgres = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, -1) : value);

/** `?` placeholders as `$1, $2, …` (the hot path's SQL has no `?` inside literals). */
const numbered = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

export function openPostgres(url: string): DirectDb {
  const pool = new pg.Pool(postgresConfig(url, { max: POOL_SIZE, application_name: 'pdf-batch-queue' }));
  pool.on('error', (err) => log.warn({ err }, 'Postgres connection of the queue pool lost'));
  const texts = new Map<string, string>();
  const numberedCached = (sql: string) => {
    let text = texts.get(sql);
    if (text === undefined) texts.set(sql, (text = numbered(sql)));
    return text;
  };

  return {
    provider: 'postgresql',
    async transaction<T>(make: () => Op<T>): Promise<T> {
      const client = await pool.connect();
      let broken = false;
      try {
        await client.query('BEGIN');
        const op = make();
        let step = op.next([]);
        while (!step.done) {
          const text = step.value.once ? numbered(step.value.sql) : numberedCached(step.value.sql);
          const result = await client.query({ text, values: step.value.params.map(toPostgres), types });
          step = op.next(result.rows as Row[]);
        }
        await client.query('COMMIT');
        return step.value;
      } catch (err) {
        try {
          await client.query('ROLLBACK');
        } catch {
          broken = true; // the connection itself failed: do not hand it out again
        }
        throw err;
      } finally {
        client.release(broken);
      }
    },
    async close() {
      await pool.end();
    },
  };
}
