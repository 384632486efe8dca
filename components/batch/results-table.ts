// The batch results table's filtering and sorting, as pure functions over the rows the
// results endpoint sends (lib/jobs/result-summary.ts), so they are tested without a browser.
import type { JobResultRow } from '@/lib/jobs/result-summary';
import type { JobStatus } from '@/lib/schemas/batch';

export type SortKey = 'name' | 'status' | 'pages' | 'category' | 'time';
export type SortDir = 'asc' | 'desc';
export type Sort = { key: SortKey; dir: SortDir };

/** The category filter's value for rows without a category. */
export const UNCLASSIFIED = '__none__';

export type ResultFilter = { status: JobStatus | 'all'; category: string; search: string };
export const ALL_ROWS: ResultFilter = { status: 'all', category: 'all', search: '' };

export function filterRows(rows: readonly JobResultRow[], filter: ResultFilter): JobResultRow[] {
  const needle = filter.search.trim().toLowerCase();
  return rows.filter(
    (row) =>
      (filter.status === 'all' || row.status === filter.status) &&
      (filter.category === 'all' || (filter.category === UNCLASSIFIED ? row.category === null : row.category === filter.category)) &&
      (!needle || row.filename.toLowerCase().includes(needle)),
  );
}

const STATUS_ORDER: Record<JobStatus, number> = { failed: 0, cancelled: 1, processing: 2, queued: 3, completed: 4 };
const byName = (a: JobResultRow, b: JobResultRow) => a.filename.localeCompare(b.filename, 'en', { numeric: true, sensitivity: 'base' });

/** Compares two values where null (unknown) always sorts last, whichever the direction. */
function nullsLast<T>(a: T | null, b: T | null, compare: (x: T, y: T) => number, dir: number): number | null {
  if (a === null && b === null) return null;
  if (a === null) return 1;
  if (b === null) return -1;
  return compare(a, b) * dir || null;
}

export function sortRows(rows: readonly JobResultRow[], { key, dir }: Sort): JobResultRow[] {
  const d = dir === 'asc' ? 1 : -1;
  const num = (x: number, y: number) => x - y;
  const compare = (a: JobResultRow, b: JobResultRow): number => {
    switch (key) {
      case 'name':
        return byName(a, b) * d;
      case 'status':
        return (STATUS_ORDER[a.status] - STATUS_ORDER[b.status]) * d || byName(a, b);
      case 'pages':
        return nullsLast(a.pages, b.pages, num, d) ?? byName(a, b);
      case 'time':
        return nullsLast(a.processing_ms, b.processing_ms, num, d) ?? byName(a, b);
      case 'category':
        return nullsLast(a.category, b.category, (x, y) => x.localeCompare(y), d) ?? nullsLast(a.confidence, b.confidence, num, -1) ?? byName(a, b);
    }
  };
  return [...rows].sort(compare);
}

/** The next sort when a column header is pressed: the same column flips, a new one starts ascending (numbers descending). */
export function nextSort(current: Sort, key: SortKey): Sort {
  if (current.key === key) return { key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
  return { key, dir: key === 'pages' || key === 'time' ? 'desc' : 'asc' };
}
