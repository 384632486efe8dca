// Keyset paging for the jobs view: a page continues after the last row's (sort value, id), so a
// page deep in 100,000 jobs costs what the first one does (an index range, no OFFSET). Jobs
// without a value for the sort (not yet finished) come last in either order.
import { AppError } from '../errors';
import type { Job, Prisma } from '../generated/prisma/client';
import type { JobSort } from '../schemas/jobs';

type Order = 'asc' | 'desc';
type Key = [value: string | number | null, id: string];

const COLUMN = { created_at: 'createdAt', finished_at: 'finishedAt', processing_ms: 'processingMs' } as const satisfies Record<JobSort, keyof Job>;

export function encodeCursor(job: Job, sort: JobSort): string {
  const value = job[COLUMN[sort]];
  const key: Key = [value instanceof Date ? value.toISOString() : value, job.id];
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

function decodeCursor(cursor: string, sort: JobSort): Key {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(key) && key.length === 2 && typeof key[1] === 'string') {
      const [value, id] = key as [unknown, string];
      const ok = value === null ? sort !== 'created_at' : sort === 'processing_ms' ? typeof value === 'number' : typeof value === 'string' && !Number.isNaN(Date.parse(value));
      if (ok) return [value as string | number | null, id];
    }
  } catch {
    // answered below
  }
  throw new AppError('bad_request', 'The cursor is not one this list gave (or it was given for another sort): start again without it.');
}

export function orderBy(sort: JobSort, order: Order): Prisma.JobOrderByWithRelationInput[] {
  if (sort === 'created_at') return [{ createdAt: order }, { id: order }];
  return [{ [COLUMN[sort]]: { sort: order, nulls: 'last' } }, { id: order }];
}

/** The rows after the cursor's, in the given order. */
export function afterCursor(cursor: string, sort: JobSort, order: Order): Prisma.JobWhereInput {
  const [raw, id] = decodeCursor(cursor, sort);
  const column = COLUMN[sort];
  const beyond = order === 'desc' ? 'lt' : 'gt';
  if (raw === null) return { [column]: null, id: { [beyond]: id } };
  const value = sort === 'processing_ms' ? raw : new Date(raw);
  const after: Prisma.JobWhereInput[] = [{ [column]: { [beyond]: value } }, { [column]: value, id: { [beyond]: id } }];
  if (sort !== 'created_at') after.push({ [column]: null });
  return { OR: after };
}
