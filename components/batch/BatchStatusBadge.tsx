// A batch's status in words, coloured by outcome; "Paused" while the queue is paused and files of
// the batch wait (data-status keeps the batch's own status).
import { BATCH_STATUS_LABELS } from '@/lib/client/labels';
import type { BatchStatus } from '@/lib/schemas/batch';

type Props = { status: BatchStatus; paused?: boolean; testId?: string };

export function BatchStatusBadge({ status, paused = false, testId }: Props) {
  return (
    <span className="status-badge" data-status={status} data-paused={paused || undefined} data-testid={testId}>
      {paused ? 'Paused' : BATCH_STATUS_LABELS[status]}
    </span>
  );
}
