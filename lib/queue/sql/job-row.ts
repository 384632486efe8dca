// A row of `jobs` or `batches` read by hand-written SQL, as the Prisma model it is: camelCase
// names, Date objects (SQLite keeps dates as ISO-8601 text). The jobs and batches columns are
// integers and text: no bigint reaches here (counts are converted where they are read).
import type { Batch, Job } from '../../generated/prisma/client';
import type { Row } from '../../db/direct/op';

const camel = (name: string) => name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

function toModel(row: Row): Record<string, unknown> {
  const model: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(row)) {
    model[camel(column)] = column.endsWith('_at') && typeof value === 'string' ? new Date(value) : typeof value === 'bigint' ? Number(value) : value;
  }
  return model;
}

export const toJob = (row: Row) => toModel(row) as Job;
export const toBatch = (row: Row) => toModel(row) as Batch;
