// One batch in the list: a link that selects it (and still works opened in a new tab).
import { memo, type MouseEvent } from 'react';
import { plural } from '@/lib/client/format';
import type { BatchSummary } from '@/lib/schemas/batch';
import { LocalTime } from '@/components/ui/LocalTime';
import { ProgressBar } from '@/components/ui/ProgressBar';
import { BATCH_TONES } from './batch-tone';
import { BatchStatusBadge } from './BatchStatusBadge';
import { scheduleOf } from '@/lib/client/schedule';

type Props = { batch: BatchSummary; selected: boolean; onSelect: (batchId: string) => void };

const isPlainClick = (e: MouseEvent) => e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;

export const BatchListItem = memo(function BatchListItem({ batch, selected, onSelect }: Props) {
  function select(e: MouseEvent<HTMLAnchorElement>) {
    if (!isPlainClick(e)) return;
    e.preventDefault();
    onSelect(batch.batch_id);
  }
  const schedule = scheduleOf(batch, Date.now());
  return (
    <li className="batch-item" data-testid="batch-item" data-status={batch.status}>
      <a
        className="batch-item__link"
        href={`/batch?batch=${encodeURIComponent(batch.batch_id)}`}
        aria-current={selected ? 'true' : undefined}
        onClick={select}
      >
        <span className="batch-item__name truncate" title={batch.name}>
          {batch.name}
        </span>
        <ProgressBar value={batch.progress} label={`${batch.name} progress`} tone={BATCH_TONES[batch.status]} />
        <span className="batch-item__bottom">
          <BatchStatusBadge status={batch.status} schedule={schedule} />
          <span className="batch-item__meta">
            {plural(batch.total_files, 'file')} ·{' '}
            {schedule?.kind === 'scheduled' ? (
              <>
                starts <LocalTime iso={schedule.startAt} length="short" />
              </>
            ) : (
              <LocalTime iso={batch.created_at} length="short" />
            )}
          </span>
        </span>
      </a>
    </li>
  );
});
