// The two places where SQLite and Postgres differ for analytics: a timestamp as epoch seconds, and
// the interval a timestamp falls in. SQLite holds timestamps as ISO 8601 text (the adapter's
// format); Postgres as timestamp(3) in UTC. Everything else in lib/analytics is the same SQL for
// both; e2e/api/analytics.test.ts runs it on each.
import { dbProvider } from '../db/client';
import { Prisma } from '../generated/prisma/client';

const column = (name: string) => Prisma.raw(/^[a-z_.]+$/.test(name) ? name : '"invalid column"');

/** Seconds since the epoch, with fractions, as a float on both. */
export function epochSeconds(name: string): Prisma.Sql {
  const col = column(name);
  return dbProvider() === 'postgresql' ? Prisma.sql`CAST(EXTRACT(EPOCH FROM ${col}) AS DOUBLE PRECISION)` : Prisma.sql`((julianday(${col}) - 2440587.5) * 86400.0)`;
}

/** The index of the `bucketS`-second interval since the epoch that the time falls in (exact integer arithmetic). */
export function bucketIndex(name: string, bucketS: number): Prisma.Sql {
  const col = column(name);
  const size = Prisma.raw(String(Math.trunc(bucketS)));
  return dbProvider() === 'postgresql'
    ? Prisma.sql`CAST(FLOOR(EXTRACT(EPOCH FROM ${col}) / ${size}) AS BIGINT)`
    : Prisma.sql`(CAST(strftime('%s', ${col}) AS INTEGER) / ${size})`;
}

/** COUNT and SUM come back as BigInt from Postgres, numbers from SQLite. */
export const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
