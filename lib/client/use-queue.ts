'use client';
// The queue-wide state, kept fresh: GET /api/queue now and every 4 s, again half a second after
// `batches:update` (a batch created, changed or deleted; at most one read per half second),
// `queue:update` from the socket at once for paused/running, and `refresh()` after an action.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { QueueStatePayload } from '@/lib/events';
import type { QueueOverview } from '@/lib/schemas/queue';
import { messageOf } from './api-error';
import { getQueue } from './control';
import { poller, type Poller } from './poller';
import { getSocket } from './socket';

const POLL_MS = 4000;
const SETTLE_MS = 500;

export type UseQueue = { queue: QueueOverview | null; error: string | null; refresh: () => void; setPaused: (state: QueueStatePayload) => void };

export function useQueue(): UseQueue {
  const [queue, setQueue] = useState<QueueOverview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const pollerRef = useRef<Poller | null>(null);

  const setPaused = useCallback((state: QueueStatePayload) => {
    setQueue((held) => (held ? { ...held, ...state } : held));
  }, []);

  useEffect(() => {
    const socket = getSocket();
    const polling = poller(async function pollQueue(signal) {
      try {
        const overview = await getQueue(signal);
        if (signal.aborted) return;
        setQueue(overview);
        setError(null);
      } catch (err) {
        if (!signal.aborted) setError(messageOf(err));
      }
    }, POLL_MS);
    pollerRef.current = polling;
    let settle: ReturnType<typeof setTimeout> | null = null;
    function onBatchesUpdate() {
      settle ??= setTimeout(() => {
        settle = null;
        polling.stop();
        polling.start();
      }, SETTLE_MS);
    }
    socket.on('queue:update', setPaused);
    socket.on('batches:update', onBatchesUpdate);
    polling.start();
    return () => {
      if (settle !== null) clearTimeout(settle);
      socket.off('batches:update', onBatchesUpdate);
      polling.stop();
      pollerRef.current = null;
      socket.off('queue:update', setPaused);
    };
  }, [setPaused]);

  // A fresh read now: stop the timer (aborting a read in flight) and start again.
  const refresh = useCallback(() => {
    pollerRef.current?.stop();
    pollerRef.current?.start();
  }, []);

  return { queue, error, refresh, setPaused };
}
