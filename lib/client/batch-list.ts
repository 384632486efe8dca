// The list of batches as the browser holds it, newest first, merged by `seq` like a batch view.
import type { BatchesChange } from '@/lib/events';
import type { BatchListResponse, BatchSummary } from '@/lib/schemas/batch';

export type BatchList = { items: readonly BatchSummary[]; nextCursor: string | null; total: number };

export const batchListFrom = (page: BatchListResponse): BatchList => ({
  items: page.batches,
  nextCursor: page.next_cursor,
  total: page.total,
});

/** Newest first, as the server sorts (created_at, then id, both descending). */
function newestFirst(a: BatchSummary, b: BatchSummary): number {
  if (a.created_at !== b.created_at) return a.created_at < b.created_at ? 1 : -1;
  return a.batch_id < b.batch_id ? 1 : a.batch_id > b.batch_id ? -1 : 0;
}

function merge(held: readonly BatchSummary[], incoming: readonly BatchSummary[]): BatchSummary[] {
  const byId = new Map(held.map((b) => [b.batch_id, b]));
  for (const b of incoming) {
    const h = byId.get(b.batch_id);
    if (!h || b.seq > h.seq) byId.set(b.batch_id, b);
  }
  return [...byId.values()].sort(newestFirst);
}

/** A further page ("Load more") appended. */
export function appendPage(list: BatchList, page: BatchListResponse): BatchList {
  return { items: merge(list.items, page.batches), nextCursor: page.next_cursor, total: page.total };
}

/**
 * A fresh first page (after a reconnect): batches in its range that it lacks were deleted
 * meanwhile; older pages already loaded are kept.
 */
export function refreshFirstPage(list: BatchList, page: BatchListResponse): BatchList {
  const fresh = new Set(page.batches.map((b) => b.batch_id));
  const oldest = page.batches.at(-1);
  const inRange = (b: BatchSummary) => !page.next_cursor || (oldest !== undefined && newestFirst(b, oldest) <= 0);
  const kept = list.items.filter((b) => fresh.has(b.batch_id) || !inRange(b));
  const onlyFirstPage = list.items.length <= page.batches.length;
  return {
    items: merge(kept, page.batches),
    nextCursor: onlyFirstPage ? page.next_cursor : list.nextCursor,
    total: page.total,
  };
}

/** Live changes; a batch older than everything loaded waits for "Load more". */
export function applyChanges(list: BatchList, changes: Iterable<BatchesChange>): BatchList {
  let items = list.items;
  let total = list.total;
  for (const change of changes) {
    if (change.type === 'deleted') {
      const next = items.filter((b) => b.batch_id !== change.batch_id);
      if (next.length !== items.length) total -= 1;
      items = next;
      continue;
    }
    const known = items.some((b) => b.batch_id === change.batch.batch_id);
    const oldest = items.at(-1);
    const loadedRange = !list.nextCursor || (oldest !== undefined && newestFirst(change.batch, oldest) <= 0);
    if (!known && !loadedRange) continue;
    if (!known && change.type === 'created') total += 1;
    items = merge(items, [change.batch]);
  }
  return items === list.items ? list : { ...list, items, total };
}
