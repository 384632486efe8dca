'use client';
// Earlier batches, newest first, with live status and progress, and "Load more" page by page.
import type { BatchListResponse } from '@/lib/schemas/batch';
import { useBatches } from '@/lib/client/use-batches';
import { BatchListItem } from './BatchListItem';
import './batch-list.css';

type Props = {
  initial: BatchListResponse;
  pageSize: number;
  selectedId: string | null;
  onSelect: (batchId: string) => void;
};

export function BatchList({ initial, pageSize, selectedId, onSelect }: Props) {
  const { items, total, nextCursor, loadMore, loadingMore, error } = useBatches(initial, pageSize);
  return (
    <section className="card batch-list" aria-labelledby="batch-list-title">
      <h2 id="batch-list-title" className="card__title">
        Batches <span className="batch-list__total">{total.toLocaleString('en')}</span>
      </h2>
      {items.length === 0 ? (
        <p className="muted">No batches yet. Drop PDF files above to start one.</p>
      ) : (
        <ul className="batch-list__items">
          {items.map((batch) => (
            <BatchListItem key={batch.batch_id} batch={batch} selected={batch.batch_id === selectedId} onSelect={onSelect} />
          ))}
        </ul>
      )}
      {error && (
        <p className="notice" data-tone="danger" role="alert">
          {error}
        </p>
      )}
      {nextCursor && (
        <button type="button" className="button" data-variant="secondary" onClick={loadMore} disabled={loadingMore}>
          {loadingMore ? 'Loading…' : 'Load more'}
        </button>
      )}
    </section>
  );
}
