// GET /metrics - Prometheus text format (METRICS_ENABLED=false: 404)
import { config } from '@/lib/config';
import { AppError } from '@/lib/errors';
import { route } from '@/lib/http/respond';
import { renderMetrics } from '@/lib/metrics/render-metrics';

export const dynamic = 'force-dynamic';

export const GET = route(async () => {
  if (!config().metricsEnabled) throw new AppError('not_found', 'Metrics are turned off on this server (METRICS_ENABLED=false).');
  const { contentType, body } = await renderMetrics();
  return new Response(body, { headers: { 'content-type': contentType, 'cache-control': 'no-store' } });
});
