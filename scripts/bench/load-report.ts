// The load bench's output: requests/s, latency by route kind, the age of job events at the
// clients, the errors (each message with its count) and the server's memory.
import { summarize, type Summary } from './stats';
import type { LoadRecorder } from './load-recorder';

export type LoadFigures = {
  title: string;
  setup: string[];
  seconds: number;
  rec: LoadRecorder;
  rss: { startMb: number | null; peakSampledMb: number | null; peakAtS: number | null; hwmMb: number | null };
  extra: string[];
};

const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(v < 10 ? 1 : 0) : '-');
const mb = (v: number | null) => (v === null ? '-' : v.toFixed(0));

function table(rows: string[][]): string {
  const widths = rows[0].map((_, col) => Math.max(...rows.map((r) => r[col].length)));
  const line = (r: string[]) => r.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]) : cell.padStart(widths[col]))).join(' | ');
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.slice(1).map(line)].join('\n');
}

const row = (label: string, s: Summary, seconds: number) => [label, String(s.count), (s.count / seconds).toFixed(1), ms(s.p50), ms(s.p95), ms(s.p99), ms(s.max)];

const ORDER = ['upload', 'batch', 'jobs', 'list', 'queue', 'subscribe'];

export function formatLoadReport(f: LoadFigures): string {
  const kinds = [...f.rec.latencies.keys()].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
  const all = kinds.filter((k) => k !== 'subscribe').flatMap((k) => f.rec.latencies.get(k) ?? []);
  const rows = [
    ['route kind', 'count', 'per s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms'],
    ...kinds.map((k) => row(k === 'subscribe' ? 'batch:subscribe (ack)' : k, summarize(f.rec.latencies.get(k) ?? []), f.seconds)),
    row('all HTTP', summarize(all), f.seconds),
  ];
  const events = summarize(f.rec.eventAges);
  const errors = [...f.rec.errors.entries()].sort((a, b) => b[1] - a[1]);
  return [
    f.title,
    ...f.setup,
    '',
    `requests: ${f.rec.requests} in ${f.seconds.toFixed(1)} s = ${(f.rec.requests / f.seconds).toFixed(1)} requests/s`,
    table(rows),
    '',
    `job:update events received: ${events.count} (${(events.count / f.seconds).toFixed(0)}/s); age at the client (now - job.updated_at): ` +
      `p50 ${ms(events.p50)} ms, p95 ${ms(events.p95)} ms, p99 ${ms(events.p99)} ms, max ${ms(events.max)} ms`,
    `errors: ${f.rec.errorCount}` +
      (f.rec.resent ? ` (and ${f.rec.resent} GETs sent again after the server had closed the idle keep-alive connection they were sent on, as a browser does)` : ''),
    ...errors.slice(0, 20).map(([message, count]) => `  ${count} x ${message}`),
    `server RSS: ${mb(f.rss.startMb)} MB at the start, peak ${mb(f.rss.peakSampledMb)} MB sampled every 100 ms${f.rss.peakAtS === null ? '' : ` (${f.rss.peakAtS.toFixed(1)} s in)`}, VmHWM ${mb(f.rss.hwmMb)} MB (threads included)`,
    ...f.extra,
  ].join('\n');
}
