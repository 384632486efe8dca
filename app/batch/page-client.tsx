'use client';
// The /batch screen: the upload zone, the selected batch's live tracker and the list of
// batches. The selected batch lives in the URL (?batch=<id>), so a reload or a shared link keeps it.
import { AppHeader } from '@/components/ui/AppHeader';
import { useCallback, useEffect, useState } from 'react';
import type { BatchListResponse } from '@/lib/schemas/batch';
import { BatchList } from '@/components/batch/BatchList';
import { BatchProgressTracker } from '@/components/batch/BatchProgressTracker';
import { BatchQueueManager } from '@/components/batch/BatchQueueManager';
import { BatchResultsSummary } from '@/components/batch/BatchResultsSummary';
import { BatchUploadZone } from '@/components/batch/BatchUploadZone';
import { useQueue } from '@/lib/client/use-queue';
import './batch-page.css';

type Props = { initialBatches: BatchListResponse; initialBatchId: string | null; pageSize: number; signedIn?: boolean };

const batchFromUrl = () => new URLSearchParams(window.location.search).get('batch');

export function BatchPageClient({ initialBatches, initialBatchId, pageSize, signedIn = false }: Props) {
  const [selectedId, setSelectedId] = useState(initialBatchId);
  const queue = useQueue();
  const queuePaused = queue.queue?.paused ?? false;

  // Back and forward move between the batches looked at.
  useEffect(() => {
    const onPopState = () => setSelectedId(batchFromUrl());
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const select = useCallback((batchId: string) => {
    setSelectedId(batchId);
    setDeletedNotice(null);
    if (batchFromUrl() !== batchId) window.history.pushState(null, '', `?batch=${encodeURIComponent(batchId)}`);
  }, []);

  // A deleted batch leaves nothing selected (the list drops it on `batches:update` deleted).
  // Deleted elsewhere (another tab, another user), every open page says so at once.
  const [deletedNotice, setDeletedNotice] = useState<string | null>(null);
  const onDeleted = useCallback(() => {
    setSelectedId(null);
    setDeletedNotice(null);
    window.history.pushState(null, '', window.location.pathname);
  }, []);
  const onDeletedElsewhere = useCallback((name: string | null) => {
    setSelectedId(null);
    setDeletedNotice(`${name ? `The batch “${name}”` : 'This batch'} was deleted (in another tab or by another user).`);
    window.history.replaceState(null, '', window.location.pathname);
  }, []);

  // The tracker of a batch just uploaded scrolls itself into view once it has loaded.
  const [createdId, setCreatedId] = useState<string | null>(null);
  const onBatchCreated = useCallback(
    (batchId: string) => {
      setCreatedId(batchId);
      select(batchId);
    },
    [select],
  );

  return (
    <div className="page">
      <AppHeader current="/batch" signedIn={signedIn} />
      <main className="page__main">
        <div className="page__primary">
          <BatchUploadZone onBatchCreated={onBatchCreated} selectedId={selectedId} />
          {selectedId ? (
            <>
              <BatchProgressTracker key={selectedId} batchId={selectedId} revealOnLoad={selectedId === createdId} queuePaused={queuePaused}
                onDeleted={onDeleted}
                onDeletedElsewhere={onDeletedElsewhere}
              />
              <BatchResultsSummary key={`results-${selectedId}`} batchId={selectedId} />
            </>
          ) : (
            <section className="card placeholder" aria-label="No batch selected">
              {deletedNotice && (
                <p className="notice" data-tone="warning" role="status" data-testid="batch-deleted-notice">
                  {deletedNotice}
                </p>
              )}
              <p className="muted">Upload files to start a batch, or pick one from the list to follow its progress.</p>
            </section>
          )}
        </div>
        <aside className="page__aside">
          <BatchQueueManager state={queue} />
          <BatchList initial={initialBatches} pageSize={pageSize} selectedId={selectedId} onSelect={select} />
        </aside>
      </main>
      <footer className="page__footer">
        <a href="/docs">API docs</a>
        <a href="/api/health">Health</a>
        <a href="/metrics">Metrics</a>
      </footer>
    </div>
  );
}
