// Whether the page offers Retry for one document: after a cancel, or a failure that another run
// could end differently. A validation_error is the file itself (not a PDF, a password, too many
// pages): it fails the same way every time, so no button invites it (the API still allows it).
import type { ErrorType, JobStatus } from '../schemas/batch';

export function offersRetry(job: { status: JobStatus; error_type: ErrorType | null }): boolean {
  if (job.status === 'cancelled') return true;
  return job.status === 'failed' && job.error_type !== 'validation_error';
}
