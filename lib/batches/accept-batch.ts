// Turns files already stored in the incoming folder into a batch: moves them into place, then
// writes the batch and its jobs in one transaction (insert-batch.ts). Shared by uploads and the watched folder.
// Either the batch exists with every accepted file stored, or nothing remains of the files.
import { config } from '../config';
import { AppError } from '../errors';
import { batchLog } from '../log-context';
import { metrics } from '../metrics/instruments';
import { wakeWorkers } from '../queue/signals';
import { publish } from '../realtime/publisher';
import { rooms } from '../events';
import type { BatchSettings, CreateBatchResponse } from '../schemas/batch';
import { commitIncoming, removeBatchFiles, removeIncoming, storagePathFor } from '../storage/files';
import type { ReceivedFile } from '../uploads/store-file';
import { insertBatch, type NewJob } from './insert-batch';

const defaultName = (now: Date) => `Upload ${now.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/** `files` were stored by storeFile in incomingDir(batchId); on any failure they are removed. */
export async function acceptBatch(
  batchId: string,
  files: ReceivedFile[],
  fields: BatchSettings,
  source: 'upload' | 'watch' | 'samples' = 'upload',
): Promise<CreateBatchResponse> {
  const cfg = config();
  let committed = false;
  try {
    if (files.length === 0) {
      throw new AppError('no_files', 'No files were sent. Add one or more PDF files in the "files" field.');
    }
    const rejected = files.filter((f) => f.problem).map((f) => ({ filename: f.filename, error: f.problem as string }));
    if (rejected.length === files.length) {
      const reasons = rejected.slice(0, 5).map((r) => `${r.filename}: ${r.error}`).join(' ');
      throw new AppError('no_valid_files', `None of the files can be processed. ${reasons}`);
    }

    await commitIncoming(batchId);
    committed = true;
    const now = new Date();
    const originals = cfg.deduplicate ? firstOfEachFile(files) : new Map<string, string>();
    const batch = {
      id: batchId,
      name: fields.name || defaultName(now),
      workflow: fields.workflow,
      ocr: fields.ocr ?? null,
      priority: fields.priority,
      totalFiles: files.length,
      // A batch scheduled for later: its jobs' run_at is its start (the claim never takes a job before).
      startAt: fields.startAt ?? null,
      held: fields.held ?? false,
      notifyEmail: fields.notifyEmail ?? null,
      retentionDays: fields.retentionDays ?? null,
      template: fields.template ?? null,
    };
    const summary = await insertBatch(batch, files.map((file, position) => newJob(batchId, file, position, originals)), now);
    if (!summary) throw new Error(`batch ${batchId} vanished while being created`);

    publish({ name: 'batches:update', room: rooms.batches, payload: { type: 'created', batch: summary } });
    wakeWorkers();
    const queued = files.length - rejected.length;
    const duplicates = cfg.deduplicate ? queued - originals.size : 0;
    countFiles(source, files);
    const blog = batchLog(batchId);
    blog.info({ source, files: files.length, rejected: rejected.length, duplicates }, 'batch created');
    for (const file of files) if (file.problem) blog.info({ job_id: file.jobId, file: file.filename, reason: file.problem }, 'file refused at upload');
    return {
      batch_id: batchId,
      name: summary.name,
      status: summary.status,
      total_files: files.length,
      rejected,
      duplicates,
      message:
        `${queued} file${queued === 1 ? '' : 's'} queued for processing.` +
        (duplicates ? ` ${duplicates} ${duplicates === 1 ? 'is a copy' : 'are copies'} of an earlier file and will take its result.` : '') +
        (rejected.length ? ` ${rejected.length} file${rejected.length === 1 ? ' was' : 's were'} not a usable PDF; see "rejected".` : '') +
        (fields.held ? ' The batch is held: nothing starts until it is released.' : fields.startAt ? ` Nothing starts before ${fields.startAt.toISOString()}.` : ''),
    };
  } catch (err) {
    await (committed ? removeBatchFiles(batchId) : removeIncoming(batchId));
    throw err;
  }
}


/** Upload metrics: bytes of the accepted files, and files accepted or rejected. */
function countFiles(source: string, files: ReceivedFile[]): void {
  const { uploadBytes, uploadFiles } = metrics();
  const accepted = files.filter((f) => !f.problem);
  uploadBytes.inc({ source }, accepted.reduce((sum, f) => sum + f.sizeBytes, 0));
  uploadFiles.inc({ source, outcome: 'accepted' }, accepted.length);
  uploadFiles.inc({ source, outcome: 'rejected' }, files.length - accepted.length);
}

/** The job id of the first accepted file with each SHA-256: later files with that hash are its duplicates. */
function firstOfEachFile(files: ReceivedFile[]): Map<string, string> {
  const first = new Map<string, string>();
  for (const file of files) if (!file.problem && !first.has(file.sha256)) first.set(file.sha256, file.jobId);
  return first;
}

/**
 * A job row: queued when the file was stored, already failed when it was refused at the door. A
 * copy of an earlier file (`originals`: first job id by SHA-256) is queued as its duplicate.
 */
function newJob(batchId: string, file: ReceivedFile, position: number, originals: Map<string, string>): NewJob {
  const original = file.problem ? undefined : originals.get(file.sha256);
  return {
    id: file.jobId,
    position,
    filename: file.filename,
    storagePath: file.problem ? '' : storagePathFor(batchId, file.jobId),
    sizeBytes: file.sizeBytes,
    sha256: file.sha256,
    duplicateOf: original !== undefined && original !== file.jobId ? original : null,
    failure: file.problem,
  };
}
