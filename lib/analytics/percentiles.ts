// Median and 95th percentile (nearest rank) of a per-job value, in the database: one count, then
// one row read at each rank through the ORDER BY, so nothing but two numbers leaves the database
// whatever the range holds. Portable SQL; the value expression is the caller's.
import type { Db } from '../db/client';
import { Prisma } from '../generated/prisma/client';
import { num } from './sql';

export type Percentiles = { median: number | null; p95: number | null; samples: number };

const rank = (q: number, n: number) => Math.max(0, Math.ceil(q * n) - 1);

export async function percentiles(client: Pick<Db, '$queryRaw'>, value: Prisma.Sql, where: Prisma.Sql, digits = 2): Promise<Percentiles> {
  const [{ n }] = await client.$queryRaw<{ n: unknown }[]>`SELECT COUNT(*) AS n FROM jobs WHERE ${where}`;
  const samples = num(n);
  if (samples === 0) return { median: null, p95: null, samples };
  const at = async (q: number) => {
    const rows = await client.$queryRaw<{ v: unknown }[]>`SELECT ${value} AS v FROM jobs WHERE ${where} ORDER BY v LIMIT 1 OFFSET ${rank(q, samples)}`;
    const factor = 10 ** digits;
    return rows.length ? Math.round(num(rows[0].v) * factor) / factor : null;
  };
  return { median: await at(0.5), p95: await at(0.95), samples };
}

export const sqlAnd = (parts: Prisma.Sql[]) => Prisma.join(parts, ' AND ');
