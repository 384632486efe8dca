// A batch's status in words, coloured by outcome; "Held" or "Scheduled" while it waits for its
// release or start time, "Paused" while the queue is paused and files of the batch wait
// (data-status keeps the batch's own status).
import { BATCH_STATUS_LABELS } from '@/lib/client/labels';
import type { ScheduleState } from '@/lib/client/schedule';
import type { BatchStatus } from '@/lib/schemas/batch';

type Props = { status: BatchStatus; paused?: boolean; schedule?: ScheduleState; testId?: string };

export function BatchStatusBadge({ status, paused = false, schedule = null, testId }: Props) {
  const label = schedule?.kind === 'held' ? 'Held' : schedule?.kind === 'scheduled' ? 'Scheduled' : paused ? 'Paused' : BATCH_STATUS_LABELS[status];
  return (
    <span className="status-badge" data-status={status} data-paused={paused || undefined} data-scheduled={schedule?.kind} data-testid={testId}>
      {label}
    </span>
  );
}
