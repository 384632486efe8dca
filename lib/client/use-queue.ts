'use client';
// The queue-wide state, kept fresh by the server: `queue:subscribe` answers with the counts now,
// `queue:counts` brings them again after jobs change, `queue:update` the paused/running state at
// once. Only while the socket is not connected (or refused the subscription) does the card poll
// GET /api/queue (every 4 s).
// One Queue card per page: leaving unsubscribes the socket from the counts.
import { useCallback, useEffect, useState } from 'react';
import type { QueueStatePayload, QueueSubscribeAck } from '@/lib/events';
import type { QueueOverview } from '@/lib/schemas/queue';
import { messageOf } from './api-error';
import { getQueue } from './control';
import { mergeQueue, withState } from './merge-queue';
import { poller } from './poller';
import { getSocket } from './socket';

const POLL_MS = 4000;

export type UseQueue = { queue: QueueOverview | null; error: string | null; setPaused: (state: QueueStatePayload) => void };

export function useQueue(): UseQueue {
  const [queue, setQueue] = useState<QueueOverview | null>(null);
  const [error, setError] = useState<string | null>(null);

  const apply = useCallback((overview: QueueOverview) => {
    setQueue((held) => mergeQueue(held, overview));
    setError(null);
  }, []);
  const setPaused = useCallback((state: QueueStatePayload) => {
    setQueue((held) => (held ? withState(held, state) : held));
  }, []);

  useEffect(() => {
    const socket = getSocket();
    const polling = poller(async function pollQueue(signal) {
      try {
        const overview = await getQueue(signal);
        if (!signal.aborted) apply(overview);
      } catch (err) {
        if (!signal.aborted) setError(messageOf(err));
      }
    }, POLL_MS);
    let mounted = true;
    function subscribe() {
      polling.stop();
      socket.emit('queue:subscribe', (reply: QueueSubscribeAck) => {
        if (!mounted) return;
        if (reply.ok) return apply(reply.queue);
        setError(reply.error.message);
        polling.start();
      });
    }
    const startPolling = () => polling.start();
    socket.on('connect', subscribe);
    socket.on('disconnect', startPolling);
    socket.on('queue:counts', apply);
    socket.on('queue:update', setPaused);
    if (socket.connected) subscribe();
    else polling.start();
    return () => {
      mounted = false;
      socket.off('connect', subscribe);
      socket.off('disconnect', startPolling);
      socket.off('queue:counts', apply);
      socket.off('queue:update', setPaused);
      polling.stop();
      if (socket.connected) socket.emit('queue:unsubscribe');
    };
  }, [apply, setPaused]);

  return { queue, error, setPaused };
}
