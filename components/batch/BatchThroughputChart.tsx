'use client';
// The batch's own throughput over its run (pages per minute, from GET /api/analytics?batch_id=),
// small, under its progress. Read again as the batch moves on, at most every few seconds.
import { useEffect, useRef, useState } from 'react';
import { RateChart } from '@/components/analytics/RateChart';
import { apiClient } from '@/lib/client/api';
import type { Analytics } from '@/lib/schemas/analytics';
import '@/components/analytics/analytics.css';

const MIN_INTERVAL_MS = 5000;

/** `ended`: how many of its files have ended (a change means new figures). */
export function BatchThroughputChart({ batchId, ended }: { batchId: string; ended: number }) {
  const [data, setData] = useState<Analytics | null>(null);
  const last = useRef(0);
  useEffect(() => {
    const controller = new AbortController();
    const wait = Math.max(0, last.current + MIN_INTERVAL_MS - Date.now());
    const timer = setTimeout(() => {
      last.current = Date.now();
      // The chart is an extra: when it cannot be read the batch view goes on without it.
      apiClient.getAnalytics({ batch_id: batchId }, controller.signal).then(setData, () => undefined);
    }, wait);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [batchId, ended]);

  if (!data || data.batch_id !== batchId || data.totals.documents === 0) return null;
  return (
    <div className="tracker__throughput" data-testid="batch-throughput" data-pages={data.totals.pages} data-documents={data.totals.documents}>
      <RateChart
        title={`Pages per minute over its run (${data.totals.pages.toLocaleString('en')} pages)`}
        testId="batch-throughput-chart"
        points={data.series}
        bucketS={data.bucket_s}
        series={[{ key: 'pages_per_min', label: 'Pages / min', color: '#4f46e5' }]}
        height={110}
        compact
      />
    </div>
  );
}
