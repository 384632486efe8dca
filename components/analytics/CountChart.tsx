'use client';
// Counts by category as horizontal bars (Recharts, SVG), each bar labelled with its count.
import { Bar, BarChart, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';

export type CountItem = { key: string; label: string; count: number; note?: string };

export function CountChart({ title, items, color, testId, empty }: { title: string; items: CountItem[]; color: string; testId: string; empty: string }) {
  return (
    <figure className="chart" data-testid={testId}>
      <figcaption className="chart__title">{title}</figcaption>
      {items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <div className="chart__plot" data-testid={`${testId}-plot`}>
          <ResponsiveContainer width="100%" height={Math.max(80, items.length * 30 + 20)}>
            <BarChart data={items} layout="vertical" margin={{ top: 4, right: 48, bottom: 4, left: 8 }}>
              <XAxis type="number" hide allowDecimals={false} />
              <YAxis type="category" dataKey="label" width={170} tick={{ fontSize: 12 }} />
              <Bar dataKey="count" fill={color} isAnimationActive={false}>
                <LabelList dataKey="count" position="right" className="chart__count" />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
    </figure>
  );
}
