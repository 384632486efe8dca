// POST /api/jobs/bulk/preview and /api/jobs/bulk - retry or cancel every job a filter finds, in two
// steps: the preview counts them and names the moment counted (`as_of`); the action, given the same
// filter, that moment and the count the person confirmed, changes only jobs that existed then (and,
// for a retry, had ended by then), still in a state the action applies to. So a job that arrives or
// fails after the confirmation is never swept in, a job that moved on in between is left alone,
// and more jobs than confirmed is refused (409) rather than done.
import { transitionJobs } from '../batches/transition-jobs';
import { databaseNow } from '../db/database-now';
import { db } from '../db/client';
import { AppError } from '../errors';
import type { Prisma } from '../generated/prisma/client';
import { log } from '../log';
import { cancelled, retried } from '../queue/job-transitions';
import { requestAbort, wakeWorkers } from '../queue/signals';
import type { BulkAction, BulkActionBody, BulkPreview, BulkResult, JobFilter } from '../schemas/jobs';
import { jobWhere } from './job-filter';

/** Jobs per statement: well under SQLite's limit of bound parameters. */
const CHUNK = 500;

type Target = { id: string; batchId: string };

const chunks = <T>(items: readonly T[]): T[][] => Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) => items.slice(i * CHUNK, (i + 1) * CHUNK));

/** The states an action applies to (a retry needs the stored file: one refused at upload has none). */
function eligible(action: BulkAction): Prisma.JobWhereInput {
  return action === 'retry' ? { status: { in: ['failed', 'cancelled'] }, storagePath: { not: '' } } : { status: { in: ['queued', 'processing'] } };
}

function fence(action: BulkAction, asOf: Date): Prisma.JobWhereInput {
  return action === 'retry' ? { createdAt: { lte: asOf }, finishedAt: { lte: asOf } } : { createdAt: { lte: asOf } };
}

/**
 * The jobs the action changes. A duplicate (same file earlier in its batch) never runs itself, so a
 * retry takes it together with its original and the original's other copies, as retrying one job does.
 */
async function targets(action: BulkAction, filter: JobFilter, asOf: Date): Promise<Target[]> {
  const client = await db();
  const select = { id: true, batchId: true, duplicateOf: true } as const;
  const matched = await client.job.findMany({ where: { AND: [jobWhere(filter), eligible(action), fence(action, asOf)] }, select });
  const found = new Map<string, Target>(matched.map((j) => [j.id, { id: j.id, batchId: j.batchId }]));
  if (action === 'retry') {
    const originals = new Set(matched.map((j) => j.duplicateOf ?? j.id));
    for (const ids of chunks([...originals])) {
      const related = await client.job.findMany({ where: { OR: [{ id: { in: ids } }, { duplicateOf: { in: ids } }], ...eligible(action) }, select });
      for (const j of related) found.set(j.id, { id: j.id, batchId: j.batchId });
    }
  }
  return [...found.values()];
}

export async function previewBulk(action: BulkAction, filter: JobFilter): Promise<BulkPreview> {
  const asOf = await databaseNow(await db());
  const found = await targets(action, filter, asOf);
  return { action, count: found.length, as_of: asOf.toISOString() };
}

export async function applyBulk(body: BulkActionBody): Promise<BulkResult> {
  const { action, filter, expected_count: expected } = body;
  const found = await targets(action, filter, new Date(body.as_of));
  if (found.length > expected) {
    throw new AppError('conflict', `${found.length} jobs match now, more than the ${expected} confirmed: preview again and confirm the new count.`);
  }
  const byBatch = new Map<string, Target[]>();
  for (const t of found) {
    const list = byBatch.get(t.batchId);
    if (list) list.push(t);
    else byBatch.set(t.batchId, [t]);
  }
  let changed = 0;
  const stopped: string[] = [];
  for (const [batchId, jobs] of byBatch) {
    for (const part of chunks(jobs)) {
      const where = { id: { in: part.map((j) => j.id) }, ...eligible(action) };
      try {
        const { before } = await transitionJobs(batchId, where, action === 'retry' ? retried() : cancelled(), action === 'retry' ? 'reopen' : 'keep');
        changed += before.length;
        stopped.push(...before.filter((j) => j.status === 'processing').map((j) => j.id));
      } catch (err) {
        // The batch was deleted in between: its jobs are gone, nothing to change.
        if (!(err instanceof AppError && err.code === 'not_found')) throw err;
      }
    }
  }
  if (action === 'cancel') requestAbort(stopped);
  else if (changed) wakeWorkers();
  log.info({ action, changed, confirmed: expected, batches: byBatch.size }, 'bulk job action');
  return { action, changed, batches: byBatch.size };
}
