// What the CLI prints while it waits for a batch: a one-line progress bar for a terminal, and one
// line per finished document when the output is not a terminal (a log, a pipe). Pure functions.
import { formatEta } from '../client/throughput';
import type { BatchSummary, JobSummary } from '../schemas/batch';

const FINISHED_BATCH = new Set(['completed', 'completed_with_errors', 'failed', 'cancelled']);
const FINISHED_JOB = new Set(['completed', 'failed', 'cancelled']);

export const batchHasEnded = (batch: Pick<BatchSummary, 'status'>) => FINISHED_BATCH.has(batch.status);
export const jobHasEnded = (job: Pick<JobSummary, 'status'>) => FINISHED_JOB.has(job.status);

/**
 * `12.5 pages/s, about 40 s left` from the pages of the documents done so far and the time since the
 * batch started; null until a document is done (nothing to measure yet) or once the batch has ended.
 */
export function speedText(batch: BatchSummary, pagesDone: number, now: number): string | null {
  const ended = batch.completed + batch.failed + batch.cancelled;
  const started = batch.started_at ? Date.parse(batch.started_at) : NaN;
  if (!Number.isFinite(started) || ended === 0 || batchHasEnded(batch)) return null;
  const seconds = Math.max((now - started) / 1000, 1);
  const rate = pagesDone / seconds;
  const left = ((batch.total_files - ended) * seconds) / ended;
  return `${rate.toFixed(rate < 10 ? 1 : 0)} pages/s, ${formatEta(left)}`;
}

/** `[██████░░░░░░]  50%  3/6 done, 1 failed, 12 pages/s, about 40 s left  March` fitted to `columns`. */
export function progressLine(batch: BatchSummary, columns = 80, speed: string | null = null): string {
  const ended = batch.completed + batch.failed + batch.cancelled;
  const percent = Math.max(0, Math.min(100, Math.floor(batch.progress)));
  const problems = [batch.failed && `${batch.failed} failed`, batch.cancelled && `${batch.cancelled} cancelled`].filter(Boolean).join(', ');
  const counts = `${String(percent).padStart(3)}%  ${ended}/${batch.total_files} done${problems ? `, ${problems}` : ''}${speed ? `, ${speed}` : ''}`;
  const width = Math.max(10, Math.min(40, columns - counts.length - 6));
  const filled = Math.round((percent / 100) * width);
  const line = `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${counts}  ${batch.name}`;
  return line.length > columns - 1 ? `${line.slice(0, Math.max(0, columns - 2))}…` : line;
}

const seconds = (ms: number | null) => (ms === null ? '' : `${(ms / 1000).toFixed(1)} s`);

/** `completed  invoice-1.pdf  1 page  0.4 s` or `failed     truncated.pdf  processing_error: …`. */
export function jobLine(job: JobSummary): string {
  const status = job.status.padEnd(9);
  if (job.status === 'completed') {
    const pages = job.pages === null ? '' : `${job.pages} page${job.pages === 1 ? '' : 's'}`;
    return [status, job.filename, pages, seconds(job.processing_ms)].filter(Boolean).join('  ');
  }
  const why = job.error ? `${job.error_type ?? 'error'}: ${job.error}` : (job.error_type ?? '');
  return [status, job.filename, why].filter(Boolean).join('  ');
}

/** The final line: what happened to the batch, in words. */
export function batchOutcome(batch: BatchSummary): string {
  const parts = [`${batch.completed} completed`];
  if (batch.failed) parts.push(`${batch.failed} failed`);
  if (batch.cancelled) parts.push(`${batch.cancelled} cancelled`);
  if (batch.queued + batch.processing) parts.push(`${batch.queued + batch.processing} still to do`);
  return `Batch "${batch.name}" (${batch.batch_id}) is ${batch.status.replace(/_/g, ' ')}: ${parts.join(', ')} of ${batch.total_files}.`;
}
