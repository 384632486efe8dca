// A batch's jobs in upload order, a page at a time, each with its name in the export. Every job
// is named (filtered out or not), so a document keeps its name whatever the filter and the
// summary and the files of one export agree.
import { db } from '../db/client';
import type { JobStatus } from '../schemas/batch';
import { createEntryNamer } from './entry-names';

const PAGE = 500;

export type ExportJob = {
  id: string;
  position: number;
  filename: string;
  exportName: string;
  /** Whose result this job shows: its own, or for a duplicate its original's (it never runs itself). */
  resultJobId: string;
  duplicateOf: string | null;
  status: JobStatus;
  errorType: string | null;
  error: string | null;
  pages: number | null;
  processingMs: number | null;
  attempts: number;
  sha256: string;
  sizeBytes: number;
  storagePath: string;
  finishedAt: Date | null;
};

/** Pages of the jobs whose status is in `statuses` (all when null). */
export async function* exportJobPages(batchId: string, statuses: readonly JobStatus[] | null): AsyncGenerator<ExportJob[]> {
  const client = await db();
  const nameOf = createEntryNamer();
  const wanted = statuses ? new Set<string>(statuses) : null;
  let after = -1;
  for (;;) {
    const rows = await client.job.findMany({
      where: { batchId, position: { gt: after } },
      orderBy: { position: 'asc' },
      take: PAGE,
      select: {
        id: true,
        position: true,
        filename: true,
        status: true,
        errorType: true,
        error: true,
        pages: true,
        processingMs: true,
        attempts: true,
        sha256: true,
        sizeBytes: true,
        storagePath: true,
        finishedAt: true,
        duplicateOf: true,
      },
    });
    if (rows.length === 0) return;
    after = rows[rows.length - 1].position;
    const page: ExportJob[] = [];
    for (const row of rows) {
      const exportName = nameOf(row.filename);
      if (!wanted || wanted.has(row.status)) page.push({ ...row, status: row.status as JobStatus, exportName, resultJobId: row.duplicateOf ?? row.id });
    }
    if (page.length) yield page;
    if (rows.length < PAGE) return;
  }
}
