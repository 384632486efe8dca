'use client';
// The /analytics screen: the range picker (kept in the URL) and the figures, read again every 15 s.
import { AppHeader } from '@/components/ui/AppHeader';
import { useEffect, useState } from 'react';
import { AnalyticsView } from '@/components/analytics/AnalyticsView';
import { apiClient } from '@/lib/client/api';
import { messageOf } from '@/lib/client/api-error';
import { useHydrated } from '@/lib/client/use-hydrated';
import type { Analytics, AnalyticsRange } from '@/lib/schemas/analytics';
import '../batch/batch-page.css';
import '@/components/analytics/analytics.css';

const RANGES: { value: AnalyticsRange; label: string }[] = [
  { value: 'hour', label: 'Last hour' },
  { value: 'day', label: 'Last 24 hours' },
  { value: 'week', label: 'Last 7 days' },
];
const REFRESH_MS = 15_000;

type Props = { initialRange: AnalyticsRange; initial: Analytics; signedIn?: boolean };

export function AnalyticsPageClient({ initialRange, initial, signedIn = false }: Props) {
  const [range, setRange] = useState(initialRange);
  const [data, setData] = useState<{ range: AnalyticsRange; analytics: Analytics }>({ range: initialRange, analytics: initial });
  const [error, setError] = useState<string | null>(null);
  // A range picked before the script runs would do nothing: the buttons wait for it.
  const hydrated = useHydrated();

  useEffect(() => {
    const controller = new AbortController();
    const load = () =>
      apiClient.getAnalytics({ range }, controller.signal).then(
        (analytics) => {
          setData({ range, analytics });
          setError(null);
        },
        (err) => !controller.signal.aborted && setError(messageOf(err)),
      );
    if (data.range !== range) void load();
    const timer = setInterval(load, REFRESH_MS);
    return () => {
      controller.abort();
      clearInterval(timer);
    };
    // Only the range starts a new read; `data` is what it replaces.
  }, [range]);

  const pick = (value: AnalyticsRange) => {
    setRange(value);
    window.history.replaceState(null, '', `${window.location.pathname}?range=${value}`);
  };

  return (
    <div className="page">
      <AppHeader current="/analytics" signedIn={signedIn} />
      <main className="analytics-page">
        <div className="range-picker" role="group" aria-label="Time range">
          {RANGES.map((r) => (
            <button
              key={r.value}
              type="button"
              className="button"
              aria-pressed={range === r.value}
              data-variant={range === r.value ? 'primary' : undefined}
              disabled={!hydrated}
              onClick={() => pick(r.value)}
            >
              {r.label}
            </button>
          ))}
          <span className="muted" data-testid="analytics-range" data-range={data.range} data-from={data.analytics.from} data-to={data.analytics.to}>
            {data.range === range ? '' : 'Loading…'}
          </span>
        </div>
        {error && (
          <p className="notice" data-tone="danger" role="alert">
            {error}
          </p>
        )}
        <AnalyticsView data={data.analytics} />
      </main>
    </div>
  );
}
