// Median and 95th percentile (nearest rank) of a per-job value, in the database: one query that
// sorts the values once and keeps the two rows at those ranks (window functions, in SQLite since
// 3.25 and in Postgres), so two numbers and a count leave the database whatever the range holds.
// The ranks are ceil(n/2) and ceil(0.95 n) in integer arithmetic, the same on both.
import type { Db } from '../db/client';
import { Prisma } from '../generated/prisma/client';
import { num } from './sql';

export type Percentiles = { median: number | null; p95: number | null; samples: number };

export async function percentiles(client: Pick<Db, '$queryRaw'>, value: Prisma.Sql, where: Prisma.Sql, digits = 2): Promise<Percentiles> {
  const rows = await client.$queryRaw<{ v: unknown; rn: unknown; n: unknown }[]>`
    SELECT v, rn, n FROM (
      SELECT v, ROW_NUMBER() OVER (ORDER BY v) AS rn, COUNT(*) OVER () AS n
      FROM (SELECT ${value} AS v FROM jobs WHERE ${where}) s
    ) t
    WHERE rn = (n + 1) / 2 OR rn = (95 * n + 99) / 100`;
  if (rows.length === 0) return { median: null, p95: null, samples: 0 };
  const samples = num(rows[0].n);
  const factor = 10 ** digits;
  const at = (rank: number) => {
    const row = rows.find((r) => num(r.rn) === rank);
    return row ? Math.round(num(row.v) * factor) / factor : null;
  };
  return { median: at(Math.floor((samples + 1) / 2)), p95: at(Math.floor((95 * samples + 99) / 100)), samples };
}

export const sqlAnd = (parts: Prisma.Sql[]) => Prisma.join(parts, ' AND ');
