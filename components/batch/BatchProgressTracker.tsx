'use client';
// One batch, live: its name, status in words, its actions, overall progress, speed and time
// left, counts and one row per file; the tab title follows it and its end is announced (and
// notified, if asked).
import { useEffect, useRef } from 'react';
import { isBatchFinished } from '@/lib/client/finish-message';
import { WORKFLOW_LABELS } from '@/lib/client/labels';
import { useBatch } from '@/lib/client/use-batch';
import { useFinishSignals } from '@/lib/client/use-finish-signals';
import { LocalTime } from '@/components/ui/LocalTime';
import { ProgressBar } from '@/components/ui/ProgressBar';
import { revealIfBelowFold } from '@/components/ui/reveal';
import { BatchActions } from './BatchActions';
import { BATCH_TONES } from './batch-tone';
import { BatchCounts } from './BatchCounts';
import { BatchStatusBadge } from './BatchStatusBadge';
import { scheduleOf } from '@/lib/client/schedule';
import { JobList } from './JobList';
import { NotifyToggle } from './NotifyToggle';
import { TrackerStats } from './TrackerStats';
import { BatchThroughputChart } from './BatchThroughputChart';
import './tracker.css';

type Props = {
  batchId: string;
  revealOnLoad?: boolean;
  /** The whole queue is paused: a batch with files waiting says so, without an estimate. */
  queuePaused?: boolean;
  /** Deleted from this page's own Delete button. */
  onDeleted: () => void;
  /** Deleted elsewhere (another tab, another user, the API): the batch's name if it was known. */
  onDeletedElsewhere: (name: string | null) => void;
};

export function BatchProgressTracker({ batchId, revealOnLoad = false, queuePaused = false, onDeleted, onDeletedElsewhere }: Props) {
  const { batch, jobs, order, error, deleted } = useBatch(batchId);
  const name = batch?.name ?? null;
  useEffect(() => {
    if (deleted) onDeletedElsewhere(name);
  }, [deleted, name, onDeletedElsewhere]);
  const sectionRef = useRef<HTMLElement>(null);
  const loaded = batch !== null;
  const announcement = useFinishSignals(batch);
  useEffect(() => {
    if (loaded && revealOnLoad) revealIfBelowFold(sectionRef.current);
  }, [loaded, revealOnLoad]);

  if (!batch) {
    return (
      <section className="card tracker" aria-labelledby="tracker-title" aria-busy={!error}>
        <h2 id="tracker-title" className="tracker__title">
          {error ? 'This batch could not be shown' : 'Loading batch…'}
        </h2>
        {error && <p className="notice" data-tone="danger">{error}</p>}
      </section>
    );
  }

  const paused = queuePaused && batch.queued > 0 && !isBatchFinished(batch.status);
  const schedule = scheduleOf(batch, Date.now());
  return (
    <section ref={sectionRef} className="card tracker" aria-labelledby="tracker-title">
      <header className="tracker__header">
        <div className="tracker__heading">
          <h2 id="tracker-title" className="tracker__title">
            {batch.name}
          </h2>
          <p className="tracker__sub">
            {WORKFLOW_LABELS[batch.workflow]} · created <LocalTime iso={batch.created_at} />
            {batch.template && <> · template {batch.template}</>}
          </p>
          {schedule && (
            <p className="tracker__schedule" data-testid="batch-schedule">
              {schedule.kind === 'held' ? (
                'Held: its files start when you press “Start now”.'
              ) : (
                <>
                  Scheduled: its files start at <LocalTime iso={schedule.startAt} />.
                </>
              )}
            </p>
          )}
        </div>
        <div className="tracker__actions">
          {!isBatchFinished(batch.status) && <NotifyToggle />}
          <BatchStatusBadge status={batch.status} paused={paused} schedule={schedule} testId="batch-status" />
        </div>
      </header>
      <BatchActions batch={batch} scheduled={schedule !== null} onDeleted={onDeleted} />
      <div className="tracker__progress">
        <ProgressBar value={batch.progress} label="Batch progress" tone={BATCH_TONES[batch.status]} size="md" />
        <span className="tracker__percent" aria-hidden="true">
          {Math.floor(batch.progress)}%
        </span>
      </div>
      <TrackerStats batch={batch} jobs={jobs} paused={paused} />
      <BatchCounts batch={batch} />
      <BatchThroughputChart batchId={batchId} ended={batch.completed + batch.failed} />
      <p className="visually-hidden" aria-live="polite" data-testid="batch-announcement">
        {announcement}
      </p>
      {error && <p className="notice" data-tone="danger">{error}</p>}
      <JobList key={batchId} order={order} jobs={jobs} />
    </section>
  );
}
