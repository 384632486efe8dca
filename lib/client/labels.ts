// Statuses, stages and workflows in words.
import { parsePageStage, type BatchStatus, type JobSummary, type Workflow } from '@/lib/schemas/batch';

export const BATCH_STATUS_LABELS: Record<BatchStatus, string> = {
  queued: 'Queued',
  processing: 'Processing',
  completed: 'Completed',
  completed_with_errors: 'Completed with errors',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

export const WORKFLOW_LABELS: Record<Workflow, string> = {
  full_extraction: 'Full extraction (tables, fields, type)',
  text_only: 'Text only (fastest)',
  classify: 'Classify (text, language, document type)',
};

/** What a job is doing now: a stage names the step just finished, so show the next one. */
const STAGE_LABELS: Record<string, string> = {
  queued: 'Queued',
  started: 'Loading',
  loaded: 'Extracting text',
  extracted: 'Analysing',
  analysed: 'Saving',
  saved: 'Done',
};

type StageOf = Pick<JobSummary, 'status' | 'stage' | 'error' | 'attempts'> & Partial<Pick<JobSummary, 'duplicate_of'>>;

/**
 * A job's state in words; `queuePosition` is its place in the batch's queue, `originalName` the file
 * a duplicate copies (a duplicate waits for that one instead of running).
 */
export function jobStageLabel(job: StageOf, queuePosition: number | null = null, originalName?: string): string {
  const stage = stageLabel(job);
  if (!job.duplicate_of) return job.status === 'queued' && queuePosition ? `${stage}, #${queuePosition} in line` : stage;
  const copy = originalName ? `Duplicate of ${originalName}` : 'Duplicate';
  return job.status === 'queued' ? copy : `${copy}: ${stage}`;
}

function stageLabel(job: StageOf): string {
  switch (job.status) {
    case 'completed':
      return 'Done';
    case 'failed':
      return job.error ? `Failed: ${job.error}` : 'Failed';
    case 'cancelled':
      return 'Cancelled';
    case 'queued':
      return job.attempts > 0 ? `Queued (retry ${job.attempts})` : 'Queued';
    default: {
      const page = parsePageStage(job.stage);
      if (page) return page.step === 'ocr' ? `OCR page ${Math.min(page.page + 1, page.pages)} of ${page.pages}` : `Reading page ${Math.min(page.page + 1, page.pages)} of ${page.pages}`;
      return STAGE_LABELS[job.stage] ?? job.stage.charAt(0).toUpperCase() + job.stage.slice(1);
    }
  }
}
