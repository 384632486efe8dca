// GET /api/analytics: how the service did over a time range, from the database (so every node
// answers the same). Shared by the route, the service, the OpenAPI document and the charts.
import { z } from 'zod';
import { CATEGORIES } from '../pipeline/types';
import { errorTypeSchema } from './batch';

const isoDate = z.string().describe('ISO 8601 date-time');
const dateParam = z.iso.datetime({ offset: true });

export const ANALYTICS_RANGES = { hour: 3600, day: 86_400, week: 7 * 86_400 } as const;
export type AnalyticsRange = keyof typeof ANALYTICS_RANGES;

export const analyticsQuerySchema = z.object({
  range: z.enum(['hour', 'day', 'week']).optional().describe('the last hour, day or week (the default: hour), unless `from` or `batch_id` is given'),
  from: dateParam.optional().describe('start of the range (ISO 8601); with `to`, or up to now'),
  to: dateParam.optional().describe('end of the range (ISO 8601)'),
  batch_id: z.string().min(1).max(100).optional().describe('one batch only, over its run (from its start to its end, or now)'),
});
export type AnalyticsQuery = z.infer<typeof analyticsQuerySchema>;

const percentiles = z.object({
  median: z.number().nullable(),
  p95: z.number().nullable(),
  samples: z.number().int().describe('how many jobs the figures come from'),
});

export const analyticsPointSchema = z.object({
  t: isoDate.describe('start of the interval'),
  documents: z.number().int().describe('documents that ended (completed or failed) in the interval'),
  pages: z.number().int().describe('pages of the documents completed in the interval'),
  failed: z.number().int(),
  arrived: z.number().int().describe('jobs created (uploaded) in the interval'),
  documents_per_min: z.number(),
  pages_per_min: z.number(),
  wait_s: z.number().nullable().describe('mean seconds from upload to start of the jobs started in the interval'),
});
export type AnalyticsPoint = z.infer<typeof analyticsPointSchema>;

export const analyticsSchema = z.object({
  from: isoDate,
  to: isoDate,
  bucket_s: z.number().int().describe('seconds per point of `series`'),
  batch_id: z.string().nullable(),
  totals: z.object({
    documents: z.number().int().describe('ended (completed or failed) in the range'),
    completed: z.number().int(),
    failed: z.number().int(),
    cancelled: z.number().int(),
    pages: z.number().int(),
    failure_rate: z.number().nullable().describe('failed / (completed + failed), 0..1'),
  }),
  series: z.array(analyticsPointSchema),
  failures: z.array(z.object({ error_type: errorTypeSchema, count: z.number().int(), rate: z.number().describe('of the documents that ended, 0..1') })),
  seconds_per_page: percentiles.describe('processing seconds per page of the documents completed in the range'),
  wait_s: percentiles.describe('seconds from upload to start of the jobs started in the range'),
  queue: z.object({
    queued: z.number().int(),
    processing: z.number().int(),
    oldest_queued_s: z.number().nullable().describe('how long the oldest queued job has waited'),
  }),
  document_types: z.array(z.object({ type: z.enum(CATEGORIES), count: z.number().int() })),
});
export type Analytics = z.infer<typeof analyticsSchema>;
