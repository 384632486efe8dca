// The range and interval of an analytics answer: the last hour / day / week, given times, or one
// batch's run; intervals a round number of seconds, aligned to the epoch so that every node cuts
// the same buckets.
import { db } from '../db/client';
import { databaseNow } from '../db/database-now';
import { AppError, notFound } from '../errors';
import { ANALYTICS_RANGES, type AnalyticsQuery } from '../schemas/analytics';

export type TimeRange = { from: Date; to: Date; bucketS: number; batchId: string | null; now: Date };

const BUCKETS_S = [10, 30, 60, 300, 900, 3600, 21_600, 86_400];
const MAX_POINTS = 180;
const BATCH_POINTS = 40;
/** The named ranges read per minute, per quarter hour and per hour. */
const RANGE_BUCKET_S = { hour: 60, day: 900, week: 3600 } as const;

function bucketFor(spanS: number, points: number): number {
  return BUCKETS_S.find((b) => spanS / b <= points) ?? BUCKETS_S[BUCKETS_S.length - 1];
}

export async function timeRange(query: AnalyticsQuery): Promise<TimeRange> {
  const client = await db();
  const now = await databaseNow(client);
  if (query.batch_id) {
    const batch = await client.batch.findUnique({ where: { id: query.batch_id }, select: { createdAt: true, startedAt: true, finishedAt: true } });
    if (!batch) throw notFound('batch', query.batch_id);
    const from = batch.startedAt ?? batch.createdAt;
    const to = new Date(Math.max((batch.finishedAt ?? now).getTime(), from.getTime() + 1000) + 1);
    return { from, to, bucketS: bucketFor((to.getTime() - from.getTime()) / 1000, BATCH_POINTS), batchId: query.batch_id, now };
  }
  const to = query.to ? new Date(query.to) : now;
  const from = query.from ? new Date(query.from) : new Date(to.getTime() - ANALYTICS_RANGES[query.range ?? 'hour'] * 1000);
  if (from >= to) throw new AppError('bad_request', '`from` must be before `to`.');
  if (to.getTime() - from.getTime() > 366 * 86_400_000) throw new AppError('bad_request', 'The range can be a year at most.');
  const bucketS = query.from ? bucketFor((to.getTime() - from.getTime()) / 1000, MAX_POINTS) : RANGE_BUCKET_S[query.range ?? 'hour'];
  return { from, to, bucketS, batchId: null, now };
}
