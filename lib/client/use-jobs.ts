'use client';
// The /jobs listing, live: one page of the filtered jobs (keyset pages, with the cursors of the
// pages before it kept for "Previous"), fetched again when the view changes, and again (at most once
// a second) whenever any batch changes: every job change moves its batch's summary, which reaches
// the `batches` room, so the page follows the queue without one event per job. While the socket is
// down the page polls.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { JobPage } from '@/lib/schemas/jobs';
import { apiClient } from './api';
import { messageOf } from './api-error';
import { listQueryOf, type JobsView } from './jobs-filter';
import { poller } from './poller';
import { getSocket } from './socket';

const REFRESH_MS = 1000;
const POLL_MS = 3000;

export type UseJobs = {
  page: JobPage | null;
  /** 1-based number of the page shown. */
  pageNumber: number;
  loading: boolean;
  error: string | null;
  next: () => void;
  previous: () => void;
  refresh: () => void;
};

export function useJobs(view: JobsView, pageSize: number, initial: JobPage | null): UseJobs {
  const [page, setPage] = useState<JobPage | null>(initial);
  // The cursors of the pages before this one, for the view they were read in: a new view starts again from its first page.
  const viewKey = JSON.stringify(view);
  const [paging, setPaging] = useState<{ key: string; cursors: (string | null)[] }>({ key: viewKey, cursors: [null] });
  const cursors = paging.key === viewKey ? paging.cursors : [null];
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  const first = useRef(initial !== null);
  const cursor = cursors[cursors.length - 1];

  useEffect(() => {
    if (first.current) {
      first.current = false; // the server rendered this one
      return;
    }
    const controller = new AbortController();
    setLoading(true);
    apiClient
      .listAllJobs({ ...listQueryOf(view), limit: pageSize, cursor }, controller.signal)
      .then((fetched) => {
        setPage(fetched);
        setError(null);
      })
      .catch((err) => {
        if (!controller.signal.aborted) setError(messageOf(err));
      })
      .finally(() => {
        if (!controller.signal.aborted) setLoading(false);
      });
    return () => controller.abort();
  }, [viewKey, cursor, pageSize, tick]);

  const refresh = useCallback(() => setTick((t) => t + 1), []);

  useEffect(() => {
    const socket = getSocket();
    let timer: ReturnType<typeof setTimeout> | null = null;
    const soon = () => {
      timer ??= setTimeout(() => {
        timer = null;
        refresh();
      }, REFRESH_MS);
    };
    const polling = poller(async () => refresh(), POLL_MS);
    function onConnect() {
      polling.stop();
      socket.emit('batches:subscribe');
      refresh();
    }
    const onDisconnect = () => polling.start();
    socket.on('batches:update', soon);
    socket.on('connect', onConnect);
    socket.on('disconnect', onDisconnect);
    if (socket.connected) socket.emit('batches:subscribe');
    else polling.start();
    return () => {
      if (timer) clearTimeout(timer);
      polling.stop();
      socket.off('batches:update', soon);
      socket.off('connect', onConnect);
      socket.off('disconnect', onDisconnect);
      if (socket.connected) socket.emit('batches:unsubscribe');
    };
  }, [refresh]);

  const next = useCallback(() => {
    const after = page?.next_cursor;
    if (after) setPaging({ key: viewKey, cursors: [...cursors, after] });
  }, [page?.next_cursor, viewKey, cursors]);
  const previous = useCallback(() => setPaging({ key: viewKey, cursors: cursors.length > 1 ? cursors.slice(0, -1) : cursors }), [viewKey, cursors]);

  return { page, pageNumber: cursors.length, loading, error, next, previous, refresh };
}
