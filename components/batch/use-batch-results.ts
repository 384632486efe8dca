'use client';
// A batch's results summary: every page of `GET /api/batches/:id/results`, loaded again (at most
// every few seconds) when the batch's live `batch:update` says more files have finished, and on
// reconnect. The tracker subscribes to the batch's room; this hook only listens.
import { useEffect, useState } from 'react';
import { apiClient } from '@/lib/client/api';
import { messageOf } from '@/lib/client/api-error';
import { getSocket } from '@/lib/client/socket';
import type { BatchResultsPage, BatchResultStats, JobResultRow } from '@/lib/jobs/result-summary';
import type { BatchSummary } from '@/lib/schemas/batch';

const PAGE = 250;
const MIN_GAP_MS = 3000;

export type BatchResults = { stats: BatchResultStats | null; rows: JobResultRow[]; error: string | null };

function fetchPage(batchId: string, cursor: string | null, signal: AbortSignal): Promise<BatchResultsPage> {
  return apiClient.getResults(batchId, { limit: PAGE, cursor }, signal);
}

async function fetchAll(batchId: string, signal: AbortSignal): Promise<{ stats: BatchResultStats; rows: JobResultRow[] }> {
  const first = await fetchPage(batchId, null, signal);
  const rows = [...first.results];
  let cursor = first.next_cursor;
  while (cursor) {
    const next = await fetchPage(batchId, cursor, signal);
    rows.push(...next.results);
    cursor = next.next_cursor;
  }
  return { stats: first.stats, rows };
}

const finishedOf = (b: Pick<BatchSummary, 'completed' | 'failed' | 'cancelled'>) => b.completed + b.failed + b.cancelled;

export function useBatchResults(batchId: string): BatchResults {
  const [state, setState] = useState<BatchResults>({ stats: null, rows: [], error: null });

  useEffect(() => {
    const socket = getSocket();
    let controller: AbortController | null = null;
    let timer: number | undefined;
    let lastLoad = 0;
    let loadedFinished = -1;
    let wantedFinished = -1;

    async function load() {
      timer = undefined;
      controller?.abort();
      const own = new AbortController();
      controller = own;
      lastLoad = Date.now();
      try {
        const { stats, rows } = await fetchAll(batchId, own.signal);
        if (own.signal.aborted) return;
        loadedFinished = finishedOf(stats);
        setState({ stats, rows, error: null });
      } catch (error) {
        if (own.signal.aborted) return;
        setState((prev) => ({ ...prev, error: messageOf(error) }));
      }
    }

    function schedule() {
      if (timer !== undefined) return;
      timer = window.setTimeout(load, Math.max(0, lastLoad + MIN_GAP_MS - Date.now()));
    }

    function onBatchUpdate(batch: BatchSummary) {
      if (batch.batch_id !== batchId) return;
      wantedFinished = finishedOf(batch);
      if (wantedFinished !== loadedFinished) schedule();
    }

    socket.on('batch:update', onBatchUpdate);
    socket.on('connect', schedule);
    void load();
    return () => {
      socket.off('batch:update', onBatchUpdate);
      socket.off('connect', schedule);
      window.clearTimeout(timer);
      controller?.abort();
    };
  }, [batchId]);

  return state;
}
