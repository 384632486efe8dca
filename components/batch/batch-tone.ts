// The colour of a batch's progress bar for each status.
import type { BatchStatus } from '@/lib/schemas/batch';
import type { ProgressTone } from '@/components/ui/ProgressBar';

export const BATCH_TONES: Record<BatchStatus, ProgressTone> = {
  queued: 'muted',
  processing: 'active',
  completed: 'done',
  completed_with_errors: 'warning',
  failed: 'danger',
  cancelled: 'muted',
};
