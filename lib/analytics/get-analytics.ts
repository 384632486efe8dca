// GET /api/analytics - throughput, failures, queue, processing time per page and document types over
// a time range, all read from the database with aggregate queries (no per-job rows leave it).
import { db } from '../db/client';
import { Prisma } from '../generated/prisma/client';
import type { Category } from '../pipeline/types';
import type { Analytics, AnalyticsPoint, AnalyticsQuery } from '../schemas/analytics';
import type { ErrorType } from '../schemas/batch';
import { percentiles, sqlAnd } from './percentiles';
import { bucketIndex, epochSeconds, num } from './sql';
import { timeRange, type TimeRange } from './time-range';

type Bucket = { k: unknown; documents?: unknown; pages?: unknown; failed?: unknown; arrived?: unknown; wait?: unknown };

const round2 = (x: number) => Math.round(x * 100) / 100;

function inRange(column: string, range: TimeRange): Prisma.Sql[] {
  const parts = [Prisma.sql`${Prisma.raw(column)} >= ${range.from}`, Prisma.sql`${Prisma.raw(column)} < ${range.to}`];
  if (range.batchId) parts.push(Prisma.sql`batch_id = ${range.batchId}`);
  return parts;
}

async function series(range: TimeRange): Promise<AnalyticsPoint[]> {
  const client = await db();
  const b = range.bucketS;
  const ended = sqlAnd([...inRange('finished_at', range), Prisma.sql`status IN ('completed', 'failed')`]);
  const [finished, arrived, started] = await Promise.all([
    client.$queryRaw<Bucket[]>`
      SELECT ${bucketIndex('finished_at', b)} AS k, COUNT(*) AS documents,
        SUM(CASE WHEN status = 'completed' THEN COALESCE(pages, 0) ELSE 0 END) AS pages,
        SUM(CASE WHEN status = 'failed' THEN 1 ELSE 0 END) AS failed
      FROM jobs WHERE ${ended} GROUP BY 1`,
    client.$queryRaw<Bucket[]>`SELECT ${bucketIndex('created_at', b)} AS k, COUNT(*) AS arrived FROM jobs WHERE ${sqlAnd(inRange('created_at', range))} GROUP BY 1`,
    client.$queryRaw<Bucket[]>`
      SELECT ${bucketIndex('started_at', b)} AS k, AVG(${epochSeconds('started_at')} - ${epochSeconds('created_at')}) AS wait
      FROM jobs WHERE ${sqlAnd(inRange('started_at', range))} GROUP BY 1`,
  ]);
  const byKey = new Map<number, Bucket>();
  for (const row of [...finished, ...arrived, ...started]) byKey.set(num(row.k), { ...byKey.get(num(row.k)), ...row });
  const first = Math.floor(range.from.getTime() / 1000 / b);
  const last = Math.floor((range.to.getTime() - 1) / 1000 / b);
  const points: AnalyticsPoint[] = [];
  for (let k = first; k <= last; k++) {
    const row = byKey.get(k) ?? { k };
    const documents = num(row.documents);
    const pages = num(row.pages);
    points.push({
      t: new Date(k * b * 1000).toISOString(),
      documents,
      pages,
      failed: num(row.failed),
      arrived: num(row.arrived),
      documents_per_min: round2(documents / (b / 60)),
      pages_per_min: round2(pages / (b / 60)),
      wait_s: row.wait === undefined || row.wait === null ? null : round2(num(row.wait)),
    });
  }
  return points;
}

export async function getAnalytics(query: AnalyticsQuery): Promise<Analytics> {
  const range = await timeRange(query);
  const client = await db();
  const batch = range.batchId ? { batchId: range.batchId } : {};
  const finishedIn = { ...batch, finishedAt: { gte: range.from, lt: range.to } };
  const perPage = sqlAnd([...inRange('finished_at', range), Prisma.sql`status = 'completed'`, Prisma.sql`pages > 0`, Prisma.sql`processing_ms IS NOT NULL`]);
  const waited = sqlAnd([...inRange('started_at', range)]);
  const [points, byStatus, byError, byType, secondsPerPage, wait, queued, processing, oldest] = await Promise.all([
    series(range),
    client.job.groupBy({ by: ['status'], where: finishedIn, _count: { _all: true }, _sum: { pages: true } }),
    client.job.groupBy({ by: ['errorType'], where: { ...finishedIn, status: 'failed' }, _count: { _all: true } }),
    client.job.groupBy({ by: ['documentType'], where: { ...finishedIn, status: 'completed', documentType: { not: null } }, _count: { _all: true } }),
    percentiles(client, Prisma.sql`CAST(processing_ms AS DOUBLE PRECISION) / pages / 1000.0`, perPage, 3),
    percentiles(client, Prisma.sql`(${epochSeconds('started_at')} - ${epochSeconds('created_at')})`, waited, 1),
    client.job.count({ where: { ...batch, status: 'queued' } }),
    client.job.count({ where: { ...batch, status: 'processing' } }),
    client.job.findFirst({ where: { ...batch, status: 'queued' }, orderBy: { createdAt: 'asc' }, select: { createdAt: true } }),
  ]);
  const count = (status: string) => byStatus.find((s) => s.status === status)?._count._all ?? 0;
  const completed = count('completed');
  const failed = count('failed');
  const documents = completed + failed;
  return {
    from: range.from.toISOString(),
    to: range.to.toISOString(),
    bucket_s: range.bucketS,
    batch_id: range.batchId,
    totals: {
      documents,
      completed,
      failed,
      cancelled: count('cancelled'),
      pages: byStatus.find((s) => s.status === 'completed')?._sum.pages ?? 0,
      failure_rate: documents ? Math.round((failed / documents) * 10_000) / 10_000 : null,
    },
    series: points,
    failures: byError
      .filter((e) => e.errorType)
      .map((e) => ({ error_type: e.errorType as ErrorType, count: e._count._all, rate: Math.round((e._count._all / documents) * 10_000) / 10_000 }))
      .sort((a, b) => b.count - a.count),
    seconds_per_page: secondsPerPage,
    wait_s: wait,
    queue: { queued, processing, oldest_queued_s: oldest ? Math.max(0, Math.round((range.now.getTime() - oldest.createdAt.getTime()) / 1000)) : null },
    document_types: byType.map((t) => ({ type: t.documentType as Category, count: t._count._all })).sort((a, b) => b.count - a.count || a.type.localeCompare(b.type)),
  };
}
