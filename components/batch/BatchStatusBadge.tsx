// A batch's status in words, coloured by outcome.
import { BATCH_STATUS_LABELS } from '@/lib/client/labels';
import type { BatchStatus } from '@/lib/schemas/batch';

export function BatchStatusBadge({ status, testId }: { status: BatchStatus; testId?: string }) {
  return (
    <span className="status-badge" data-status={status} data-testid={testId}>
      {BATCH_STATUS_LABELS[status]}
    </span>
  );
}
