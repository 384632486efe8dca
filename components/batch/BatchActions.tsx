'use client';
// The selected batch's controls: cancel, retry the failed and cancelled files, priority, the ZIP
// export and delete (cancel and delete after a confirmation). One request at a time; a refusal is
// shown in words. Cancel and Retry are aria-disabled, not disabled, so the keyboard's focus stays on them.
import { useState } from 'react';
import { useAction } from '@/lib/client/use-action';
import { cancelBatch, deleteBatch, exportUrl, releaseBatch, retryBatch, setBatchPriority } from '@/lib/client/control';
import type { BatchSummary } from '@/lib/schemas/batch';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';

const PRIORITIES = [
  { value: -10, label: 'Low' },
  { value: 0, label: 'Normal' },
  { value: 10, label: 'High' },
  { value: 50, label: 'Urgent' },
];

/** `scheduled`: held or waiting for its start time; "Start now" releases it. */
type Props = { batch: BatchSummary; scheduled?: boolean; onDeleted: () => void };

export function BatchActions({ batch, scheduled = false, onDeleted }: Props) {
  const action = useAction();
  const [confirming, setConfirming] = useState<'cancel' | 'delete' | null>(null);
  const id = batch.batch_id;
  const busy = action.pending !== null;
  const canCancel = batch.queued + batch.processing > 0;
  const canRetry = batch.failed + batch.cancelled > 0;
  const options = PRIORITIES.some((p) => p.value === batch.priority)
    ? PRIORITIES
    : [...PRIORITIES, { value: batch.priority, label: 'Custom' }].sort((a, b) => a.value - b.value);

  const confirmDelete = () =>
    void action.run('delete', async () => {
      await deleteBatch(id);
      setConfirming(null);
      onDeleted();
    });
  const confirmCancel = () =>
    void action.run('cancel', async () => {
      await cancelBatch(id);
      setConfirming(null);
    });
  const ask = (what: 'cancel' | 'delete') => {
    action.clearError();
    setConfirming(what);
  };
  const unfinished = batch.queued + batch.processing;

  return (
    <div className="batch-actions" role="toolbar" aria-label="Batch actions" data-testid="batch-actions">
      {scheduled && (
        <button
          type="button"
          className="button"
          data-variant="primary"
          onClick={() => {
            if (!busy) void action.run('release', () => releaseBatch(id));
          }}
          aria-disabled={busy || undefined}
        >
          {action.pending === 'release' ? 'Starting…' : 'Start now'}
        </button>
      )}
      <button
        type="button"
        className="button"
        onClick={() => {
          if (!busy && canCancel) ask('cancel');
        }}
        aria-disabled={busy || !canCancel || undefined}
      >
        {action.pending === 'cancel' ? 'Cancelling…' : 'Cancel batch'}
      </button>
      <button
        type="button"
        className="button"
        onClick={() => {
          if (!busy && canRetry) void action.run('retry', () => retryBatch(id));
        }}
        aria-disabled={busy || !canRetry || undefined}
      >
        {action.pending === 'retry' ? 'Retrying…' : batch.cancelled > 0 ? 'Retry failed and cancelled' : 'Retry failed'}
      </button>
      <label className="batch-actions__priority">
        Priority
        <select
          className="input"
          value={batch.priority}
          disabled={busy}
          onChange={(e) => {
            const priority = Number(e.target.value);
            void action.run('priority', () => setBatchPriority(id, priority));
          }}
        >
          {options.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label} ({p.value})
            </option>
          ))}
        </select>
      </label>
      <a className="button" href={exportUrl(id)} download data-testid="batch-download-zip">
        Download ZIP
      </a>
      <button
        type="button"
        className="button batch-actions__delete"
        data-variant="danger-outline"
        onClick={() => ask('delete')}
        disabled={busy}
      >
        Delete batch
      </button>
      {action.error && !confirming && (
        <p className="notice batch-actions__error" data-tone="danger" role="alert">
          {action.error}
        </p>
      )}
      <ConfirmDialog
        open={confirming === 'cancel'}
        title={`Cancel “${batch.name}”?`}
        message={`Its ${unfinished === 1 ? 'unfinished file stops' : `${unfinished} unfinished files stop`}; finished results stay. “Retry failed” can queue them again later.`}
        confirmLabel="Cancel batch"
        cancelLabel="Keep running"
        busy={action.pending === 'cancel'}
        error={action.error}
        onConfirm={confirmCancel}
        onClose={() => setConfirming(null)}
      />
      <ConfirmDialog
        open={confirming === 'delete'}
        title={`Delete “${batch.name}”?`}
        message={`Its ${batch.total_files === 1 ? 'file' : `${batch.total_files} files`}, results and uploads are removed for good; running files are stopped.`}
        confirmLabel="Delete batch"
        busy={action.pending === 'delete'}
        error={action.error}
        onConfirm={confirmDelete}
        onClose={() => setConfirming(null)}
      />
    </div>
  );
}
