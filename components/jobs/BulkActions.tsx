'use client';
// Retry or cancel every job the filter finds: the server counts them first (preview), the person
// confirms that number, and the action is sent with the same filter, the moment counted and the
// confirmed count, so it never reaches jobs that arrived or ended after the confirmation.
import { useState } from 'react';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { apiClient } from '@/lib/client/api';
import { plural } from '@/lib/client/format';
import { filterOf, type JobsView } from '@/lib/client/jobs-filter';
import { useAction } from '@/lib/client/use-action';
import type { BulkAction, BulkPreview, JobFilterInput } from '@/lib/schemas/jobs';

type Pending = { preview: BulkPreview; filter: JobFilterInput };

const WORDS: Record<BulkAction, { button: string; done: string; which: string }> = {
  retry: { button: 'Retry', done: 'Retried', which: 'failed or cancelled' },
  cancel: { button: 'Cancel', done: 'Cancelled', which: 'queued or running' },
};

export function BulkActions({ view, onDone }: { view: JobsView; onDone: () => void }) {
  const action = useAction();
  const [pending, setPending] = useState<Pending | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const preview = (kind: BulkAction) =>
    action.run(`preview-${kind}`, async () => {
      setNotice(null);
      const filter = filterOf(view);
      const counted = await apiClient.previewBulk(kind, filter);
      if (counted.count === 0) setNotice(`No ${WORDS[kind].which} job matches this filter: nothing to ${kind}.`);
      else setPending({ preview: counted, filter });
    });

  const confirm = () => {
    if (!pending) return;
    const { preview: counted, filter } = pending;
    void action.run(counted.action, async () => {
      const result = await apiClient.bulkJobs({ action: counted.action, filter, as_of: counted.as_of, expected_count: counted.count });
      setPending(null);
      const skipped = counted.count - result.changed;
      setNotice(
        `${WORDS[result.action].done} ${plural(result.changed, 'job')} in ${plural(result.batches, 'batch', 'batches')}.` +
          (skipped > 0 ? ` ${plural(skipped, 'job')} had moved on in the meantime and ${skipped === 1 ? 'was' : 'were'} left alone.` : ''),
      );
      onDone();
    });
  };

  const kind = pending?.preview.action;
  return (
    <div className="bulk-actions">
      <button type="button" className="button" onClick={() => void preview('retry')} disabled={action.pending !== null} data-testid="bulk-retry">
        Retry matching…
      </button>
      <button type="button" className="button" onClick={() => void preview('cancel')} disabled={action.pending !== null} data-testid="bulk-cancel">
        Cancel matching…
      </button>
      {notice && (
        <p className="notice" data-tone="success" role="status" data-testid="bulk-notice">
          {notice}
        </p>
      )}
      {action.error && !pending && (
        <p className="notice" data-tone="danger" role="alert">
          {action.error}
        </p>
      )}
      <ConfirmDialog
        open={pending !== null}
        title={kind ? `${WORDS[kind].button} ${plural(pending!.preview.count, 'job')}?` : ''}
        message={
          kind === 'retry'
            ? `The ${plural(pending!.preview.count, 'failed or cancelled job')} matching this filter go back to the queue and run again.`
            : kind === 'cancel'
              ? `The ${plural(pending!.preview.count, 'queued or running job')} matching this filter stop; running ones are stopped at once.`
              : ''
        }
        confirmLabel={kind ? `${WORDS[kind].button} ${plural(pending!.preview.count, 'job')}` : 'Go'}
        cancelLabel="Not now"
        busy={action.pending === kind}
        error={action.error}
        onConfirm={confirm}
        onClose={() => {
          setPending(null);
          action.clearError();
        }}
      />
    </div>
  );
}
