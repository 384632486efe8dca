'use client';
// A series over time as bars (Recharts, SVG), one bar per interval, with the figures also as a
// table for screen readers and for reading exact values.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { AnalyticsPoint } from '@/lib/schemas/analytics';
import { rate, tickTime } from './chart-format';

export type Series = { key: keyof AnalyticsPoint; label: string; color: string };

type Props = { title: string; points: AnalyticsPoint[]; bucketS: number; series: Series[]; testId: string; height?: number; compact?: boolean };

export function RateChart({ title, points, bucketS, series, testId, height = 220, compact = false }: Props) {
  const data = points.map((p) => ({ ...p, label: tickTime(p.t, bucketS) }));
  return (
    <figure className="chart" data-testid={testId}>
      <figcaption className="chart__title">{title}</figcaption>
      <div className="chart__plot" data-testid={`${testId}-plot`}>
        <ResponsiveContainer width="100%" height={height}>
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: compact ? -24 : 0 }} barCategoryGap={1}>
            {!compact && <CartesianGrid strokeDasharray="3 3" vertical={false} />}
            <XAxis dataKey="label" minTickGap={24} tick={{ fontSize: 11 }} />
            <YAxis allowDecimals tick={{ fontSize: 11 }} width={compact ? 48 : 56} />
            <Tooltip formatter={(v) => rate(Number(v))} />
            {series.length > 1 && <Legend />}
            {series.map((s) => (
              <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      {!compact && (
        <details className="chart__numbers">
          <summary>The numbers</summary>
          <table data-testid={`${testId}-table`}>
            <thead>
              <tr>
                <th scope="col">From</th>
                {series.map((s) => (
                  <th key={s.key} scope="col">
                    {s.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data
                .filter((p) => series.some((s) => Number(p[s.key] ?? 0) !== 0))
                .map((p) => (
                  <tr key={p.t} data-t={p.t}>
                    <td>{p.label}</td>
                    {series.map((s) => (
                      <td key={s.key}>{p[s.key] === null ? '–' : String(p[s.key])}</td>
                    ))}
                  </tr>
                ))}
            </tbody>
          </table>
        </details>
      )}
    </figure>
  );
}
