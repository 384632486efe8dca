'use client';
// The list of batches, live: starts from the server-rendered first page, subscribes to
// `batches:update` on every `connect` (refetching the first page to catch up), applies changes
// once per animation frame, polls the first page while the socket is down, and loads more.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BatchesChange } from '@/lib/events';
import type { BatchListResponse } from '@/lib/schemas/batch';
import { listBatches } from './api';
import { messageOf } from './api-error';
import { appendPage, applyChanges, batchListFrom, refreshFirstPage, type BatchList } from './batch-list';
import { frameScheduler } from './frame-scheduler';
import { poller } from './poller';
import { getSocket } from './socket';

const POLL_MS = 3000;

export type UseBatches = BatchList & { loadMore: () => void; loadingMore: boolean; error: string | null };

export function useBatches(initial: BatchListResponse, pageSize: number): UseBatches {
  const [list, setList] = useState<BatchList>(() => batchListFrom(initial));
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const cursorRef = useRef(list.nextCursor);
  useEffect(() => {
    cursorRef.current = list.nextCursor;
  }, [list.nextCursor]);

  useEffect(() => {
    const socket = getSocket();
    const pending = new Map<string, BatchesChange>();
    let catchUp: AbortController | null = null;

    const frame = frameScheduler(function flushPending() {
      const changes = [...pending.values()];
      pending.clear();
      setList((held) => applyChanges(held, changes));
    });

    async function refetchFirstPage(signal: AbortSignal) {
      try {
        const page = await listBatches({ limit: pageSize }, signal);
        if (signal.aborted) return;
        setList((held) => refreshFirstPage(held, page));
        setError(null);
      } catch (err) {
        // Unreachable while disconnected is expected; the poller tries again.
        if (!signal.aborted && socket.connected) setError(messageOf(err));
      }
    }
    const polling = poller(refetchFirstPage, POLL_MS);

    function onBatchesUpdate(change: BatchesChange) {
      const id = change.type === 'deleted' ? change.batch_id : change.batch.batch_id;
      const held = pending.get(id);
      const newer = !held || held.type === 'deleted' || change.type === 'deleted' || change.batch.seq > held.batch.seq;
      if (newer) pending.set(id, change);
      frame.schedule();
    }
    function onConnect() {
      polling.stop();
      socket.emit('batches:subscribe');
      // One refetch catches up on what happened while disconnected; events take over from here.
      catchUp?.abort();
      catchUp = new AbortController();
      void refetchFirstPage(catchUp.signal);
    }
    function onDisconnect() {
      polling.start();
    }

    socket.on('batches:update', onBatchesUpdate);
    socket.on('connect', onConnect);
    socket.on('disconnect', onDisconnect);
    if (socket.connected) onConnect();
    else polling.start();

    return () => {
      frame.cancel();
      polling.stop();
      catchUp?.abort();
      socket.off('batches:update', onBatchesUpdate);
      socket.off('connect', onConnect);
      socket.off('disconnect', onDisconnect);
      if (socket.connected) socket.emit('batches:unsubscribe');
    };
  }, [pageSize]);

  const loadMore = useCallback(async function loadMore() {
    const cursor = cursorRef.current;
    if (!cursor) return;
    setLoadingMore(true);
    setError(null);
    try {
      const page = await listBatches({ limit: pageSize, cursor });
      setList((held) => appendPage(held, page));
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setLoadingMore(false);
    }
  }, [pageSize]);

  return { ...list, loadMore: () => void loadMore(), loadingMore, error };
}
