'use client';
// One batch, live: subscribes on every `connect` (the ack's snapshot is the new base), applies
// `job:update` / `batch:update` by seq once per animation frame, and polls the REST API every
// 3 s while the socket is down.
import { useEffect, useState } from 'react';
import type { BatchesChange, SubscribeAck } from '@/lib/events';
import type { BatchDetail, BatchSummary, JobSummary } from '@/lib/schemas/batch';
import { getBatch } from './api';
import { ApiError } from './api-error';
import { applyBatchUpdate, applyJobUpdates, applySnapshot, emptyBatchView, type BatchView } from './batch-view';
import { frameScheduler } from './frame-scheduler';
import { poller } from './poller';
import { getSocket } from './socket';

const POLL_MS = 3000;

/** `deleted`: the batch was deleted (here, in another tab or by another client) while shown. */
export type UseBatch = BatchView & { error: string | null; deleted: boolean };

type Held = { batchId: string; view: BatchView; error: string | null; deleted?: boolean };

export function useBatch(batchId: string): UseBatch {
  const [held, setHeld] = useState<Held>({ batchId, view: emptyBatchView, error: null });

  useEffect(() => {
    const socket = getSocket();
    let active = true;
    const pendingJobs = new Map<string, JobSummary>();
    let pendingBatch: BatchSummary | null = null;

    // Once deleted, nothing late (an update in flight, a poll's 404) brings the batch back.
    const change = (apply: (view: BatchView) => BatchView) =>
      setHeld((prev) =>
        prev.batchId === batchId && prev.deleted ? prev : { batchId, view: apply(prev.batchId === batchId ? prev.view : emptyBatchView), error: null },
      );
    const fail = (error: string) =>
      setHeld((prev) => (prev.batchId === batchId && prev.deleted ? prev : { batchId, view: prev.batchId === batchId ? prev.view : emptyBatchView, error }));
    const applyDetail = (detail: BatchDetail) => change((view) => applySnapshot(view, detail));

    const frame = frameScheduler(function flushPending() {
      const jobs = [...pendingJobs.values()];
      const batch = pendingBatch;
      pendingJobs.clear();
      pendingBatch = null;
      change((view) => {
        const next = applyJobUpdates(view, jobs);
        return batch ? applyBatchUpdate(next, batch) : next;
      });
    });

    const polling = poller(async function pollBatch(signal) {
      try {
        const detail = await getBatch(batchId, signal);
        if (active && !signal.aborted) applyDetail(detail);
      } catch (error) {
        if (signal.aborted || !active) return;
        // Not reachable is expected while disconnected; a definite answer (404...) is shown.
        if (error instanceof ApiError && error.status >= 400 && error.status < 500) fail(error.message);
      }
    }, POLL_MS);

    function onJobUpdate(job: JobSummary) {
      if (job.batch_id !== batchId) return;
      const pending = pendingJobs.get(job.job_id);
      if (!pending || job.seq > pending.seq) pendingJobs.set(job.job_id, job);
      frame.schedule();
    }
    function onBatchUpdate(batch: BatchSummary) {
      if (batch.batch_id !== batchId) return;
      if (!pendingBatch || batch.seq > pendingBatch.seq) pendingBatch = batch;
      frame.schedule();
    }
    function onBatchesUpdate(change: BatchesChange) {
      if (!active || change.type !== 'deleted' || change.batch_id !== batchId) return;
      frame.cancel();
      polling.stop();
      setHeld((prev) => ({ batchId, view: prev.batchId === batchId ? prev.view : emptyBatchView, error: null, deleted: true }));
    }
    function onSubscribed(reply: SubscribeAck) {
      if (!active) return;
      if (reply.ok) applyDetail(reply.batch);
      else fail(reply.error.message);
    }
    function onConnect() {
      polling.stop();
      socket.emit('batch:subscribe', batchId, onSubscribed);
    }
    function onDisconnect() {
      polling.start();
    }

    socket.on('job:update', onJobUpdate);
    socket.on('batch:update', onBatchUpdate);
    socket.on('batches:update', onBatchesUpdate);
    socket.on('connect', onConnect);
    socket.on('disconnect', onDisconnect);
    if (socket.connected) onConnect();
    else polling.start();

    return () => {
      active = false;
      frame.cancel();
      polling.stop();
      socket.off('job:update', onJobUpdate);
      socket.off('batch:update', onBatchUpdate);
      socket.off('batches:update', onBatchesUpdate);
      socket.off('connect', onConnect);
      socket.off('disconnect', onDisconnect);
      if (socket.connected) socket.emit('batch:unsubscribe', batchId);
    };
  }, [batchId]);

  const current = held.batchId === batchId ? held : { view: emptyBatchView, error: null, deleted: false };
  return { ...current.view, error: current.error, deleted: current.deleted === true };
}
