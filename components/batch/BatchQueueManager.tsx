'use client';
// The whole queue at a glance: running or paused (kept in the database, so it survives a reload)
// with the button that switches it, every batch's jobs counted by status, and a warning when files
// wait with no worker running anywhere.
import { useAction } from '@/lib/client/use-action';
import { pauseQueue, resumeQueue } from '@/lib/client/control';
import { noWorkerWarning } from '@/lib/client/queue-warning';
import type { UseQueue } from '@/lib/client/use-queue';
import type { JobStatus } from '@/lib/schemas/batch';
import './queue-manager.css';

const SHOWN: { status: JobStatus; label: string }[] = [
  { status: 'queued', label: 'Queued' },
  { status: 'processing', label: 'Processing' },
  { status: 'failed', label: 'Failed' },
];

/** `state`: the page's one useQueue() (the tracker shows the same paused state on its batch). */
export function BatchQueueManager({ state }: { state: UseQueue }) {
  const { queue, error, setPaused } = state;
  const action = useAction();
  const paused = queue?.paused ?? false;
  const warning = noWorkerWarning(queue);

  const unavailable = !queue || action.pending !== null;
  // Never `disabled` while a request runs: a disabled button drops the keyboard's focus to <body>.
  const toggle = () => {
    if (unavailable) return;
    void action.run(paused ? 'resume' : 'pause', async () => {
      setPaused(await (paused ? resumeQueue() : pauseQueue()));
    });
  };

  return (
    <section className="card queue-manager" aria-labelledby="queue-title" data-testid="queue-manager">
      <div className="queue-manager__head">
        <h2 id="queue-title" className="card__title">
          Queue
        </h2>
        {queue && (
          <span className="queue-manager__state" role="status" data-testid="queue-state" data-paused={paused}>
            {paused ? 'Paused' : 'Running'}
          </span>
        )}
        <button
          type="button"
          className="button queue-manager__toggle"
          data-variant={paused ? 'primary' : 'secondary'}
          onClick={toggle}
          aria-disabled={unavailable || undefined}
        >
          {action.pending === 'pause' ? 'Pausing…' : action.pending === 'resume' ? 'Resuming…' : paused ? 'Resume queue' : 'Pause queue'}
        </button>
      </div>
      <p className="queue-manager__scope" data-testid="queue-scope">
        All batches on this server
      </p>
      {paused && <p className="queue-manager__hint">No new file starts until the queue is resumed; files already running finish.</p>}
      {warning && (
        <p className="notice" data-tone="warning" role="status" data-testid="queue-warning">
          {warning}
        </p>
      )}
      {queue?.scheduled ? (
        <p className="queue-manager__hint" data-testid="queue-scheduled">
          {queue.scheduled === 1 ? '1 queued file waits' : `${queue.scheduled.toLocaleString('en')} queued files wait`} for a start time or to be started by hand.
        </p>
      ) : null}
      <dl className="queue-manager__counts">
        {SHOWN.map(({ status, label }) => {
          const count = queue?.counts[status];
          return (
            <div key={status} className="queue-manager__count" data-kind={status} data-nonzero={count ? true : undefined}>
              <dt>{label}</dt>
              <dd data-testid={`queue-${status}`}>{count === undefined ? '—' : count.toLocaleString('en')}</dd>
            </div>
          );
        })}
      </dl>
      {(action.error ?? error) && (
        <p className="notice" data-tone="danger" role="alert">
          {action.error ?? error}
        </p>
      )}
    </section>
  );
}
