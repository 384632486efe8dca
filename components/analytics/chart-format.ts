// Axis and tooltip labels for the analytics charts: interval starts as local times, rates rounded.
import { formatDuration } from '@/components/document/format';
export function tickTime(iso: string, bucketS: number): string {
  const d = new Date(iso);
  if (bucketS >= 86_400) return d.toLocaleDateString('en', { month: 'short', day: 'numeric' });
  if (bucketS >= 3600) return d.toLocaleString('en', { weekday: 'short', hour: '2-digit', minute: '2-digit', hour12: false });
  return d.toLocaleTimeString('en', { hour: '2-digit', minute: '2-digit', hour12: false });
}

export const rate = (n: number) => (n >= 10 ? n.toFixed(0) : n >= 1 ? n.toFixed(1) : n.toFixed(2));

export function seconds(s: number | null): string {
  if (s === null) return '–';
  if (s < 1) return `${(s * 1000).toFixed(0)} ms`;
  if (s < 60) return `${s.toFixed(s < 10 ? 2 : 1)} s`;
  return formatDuration(s * 1000);
}
