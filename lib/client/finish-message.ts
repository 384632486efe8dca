// What the page says when a batch is followed: the tab title while it runs and once it ends, and
// the sentence announced (and notified) when it finishes.
import type { BatchStatus, BatchSummary } from '@/lib/schemas/batch';
import { plural } from './format';

export const APP_TITLE = 'pdf-batch';

const FINISHED: ReadonlySet<BatchStatus> = new Set(['completed', 'completed_with_errors', 'failed', 'cancelled']);
export const isBatchFinished = (status: BatchStatus) => FINISHED.has(status);

type Summary = Pick<BatchSummary, 'name' | 'status' | 'progress' | 'completed' | 'failed' | 'cancelled' | 'total_files'>;

export function tabTitle(batch: Summary): string {
  if (isBatchFinished(batch.status)) return `Done · ${APP_TITLE}`;
  return `${Math.floor(batch.progress)}% · ${APP_TITLE}`;
}

/** "Batch “March” finished: 40 files completed, 2 failed." */
export function finishMessage(batch: Summary): string {
  const parts = [`${plural(batch.completed, 'file')} completed`];
  if (batch.failed) parts.push(`${batch.failed.toLocaleString('en')} failed`);
  if (batch.cancelled) parts.push(`${batch.cancelled.toLocaleString('en')} cancelled`);
  const verb = batch.status === 'cancelled' ? 'was cancelled' : 'finished';
  return `Batch “${batch.name}” ${verb}: ${parts.join(', ')}.`;
}
