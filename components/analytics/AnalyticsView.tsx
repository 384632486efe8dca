'use client';
// Everything /analytics shows for one range: figures at a glance, then the charts.
import { ERROR_TYPE_LABELS } from '@/components/document/format';
import { categoryLabel } from '@/lib/jobs/result-summary';
import type { Analytics } from '@/lib/schemas/analytics';
import { seconds } from './chart-format';
import { CountChart } from './CountChart';
import { RateChart } from './RateChart';

function Stat({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div className="stat">
      <dt className="stat__label">{label}</dt>
      <dd className="stat__value" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}

const pct = (x: number | null) => (x === null ? '–' : `${(x * 100).toFixed(1)} %`);

export function AnalyticsView({ data }: { data: Analytics }) {
  const { totals, queue } = data;
  const perMinute = data.bucket_s === 60 ? 'per minute' : `per minute (mean over ${data.bucket_s >= 3600 ? `${data.bucket_s / 3600} h` : `${data.bucket_s / 60} min`})`;
  return (
    <div className="analytics">
      <dl className="stats card" aria-label="At a glance">
        <Stat label="Documents ended" value={totals.documents.toLocaleString('en')} testId="stat-documents" />
        <Stat label="Pages" value={totals.pages.toLocaleString('en')} testId="stat-pages" />
        <Stat label="Failure rate" value={pct(totals.failure_rate)} testId="stat-failure-rate" />
        <Stat label="Seconds per page, median" value={seconds(data.seconds_per_page.median)} testId="stat-spp-median" />
        <Stat label="Seconds per page, p95" value={seconds(data.seconds_per_page.p95)} testId="stat-spp-p95" />
        <Stat label="Queued now" value={queue.queued.toLocaleString('en')} testId="stat-queued" />
        <Stat label="Running now" value={queue.processing.toLocaleString('en')} testId="stat-processing" />
        <Stat label="Oldest waiting" value={seconds(queue.oldest_queued_s)} testId="stat-oldest" />
        <Stat label="Wait before start, median" value={seconds(data.wait_s.median)} testId="stat-wait-median" />
        <Stat label="Wait before start, p95" value={seconds(data.wait_s.p95)} testId="stat-wait-p95" />
      </dl>
      <section className="card analytics__wide">
        <RateChart
          title={`Documents and pages ${perMinute}`}
          testId="chart-throughput"
          points={data.series}
          bucketS={data.bucket_s}
          series={[
            { key: 'documents_per_min', label: 'Documents / min', color: '#4f46e5' },
            { key: 'pages_per_min', label: 'Pages / min', color: '#ec4899' },
          ]}
        />
      </section>
      <section className="card">
        <RateChart
          title="Queue: uploaded and ended per interval"
          testId="chart-queue"
          points={data.series}
          bucketS={data.bucket_s}
          series={[
            { key: 'arrived', label: 'Uploaded', color: '#0ea5e9' },
            { key: 'documents', label: 'Ended', color: '#22c55e' },
          ]}
        />
      </section>
      <section className="card">
        <RateChart title="Mean wait before start (s)" testId="chart-wait" points={data.series} bucketS={data.bucket_s} series={[{ key: 'wait_s', label: 'Wait (s)', color: '#f59e0b' }]} />
      </section>
      <section className="card">
        <CountChart
          title="Failures by error type"
          testId="chart-failures"
          color="#ef4444"
          empty="No failures in this range."
          items={data.failures.map((f) => ({ key: f.error_type, label: `${ERROR_TYPE_LABELS[f.error_type]} (${pct(f.rate)})`, count: f.count }))}
        />
      </section>
      <section className="card">
        <CountChart
          title="Document types found"
          testId="chart-types"
          color="#4f46e5"
          empty="No documents completed in this range."
          items={data.document_types.map((t) => ({ key: t.type, label: categoryLabel(t.type), count: t.count }))}
        />
      </section>
    </div>
  );
}
