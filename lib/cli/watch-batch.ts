// Follows a batch until it has ended, fed by Socket.IO (`batch:subscribe` for the snapshot, then
// `batch:update` and `job:update`), with a slow REST poll as a safety net for a lost connection.
// Each job is reported once when it ends; the batch's summary on every change.
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents, SubscribeAck } from '../events';
import type { BatchDetail, BatchSummary, JobSummary } from '../schemas/batch';
import { ApiError } from '../client/api-error';
import type { PdfBatchClient } from '../client/pdf-batch-client';
import { batchHasEnded, jobHasEnded } from './progress';

export type WatchHandlers = { onBatch?: (batch: BatchSummary) => void; onJobEnded?: (job: JobSummary) => void };

const POLL_MS = 5000;

export async function watchBatch(client: PdfBatchClient, batchId: string, handlers: WatchHandlers): Promise<BatchDetail> {
  const reported = new Set<string>();
  let latestSeq = -1;
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(client.baseUrl, {
    transports: ['websocket', 'polling'],
    extraHeaders: client.headers(),
    reconnectionDelayMax: 5000,
  });

  const seeJob = (job: JobSummary) => {
    if (jobHasEnded(job) && !reported.has(job.job_id)) {
      reported.add(job.job_id);
      handlers.onJobEnded?.(job);
    }
    if (!jobHasEnded(job)) reported.delete(job.job_id); // retried: report it again when it ends
  };

  let poll: NodeJS.Timeout | undefined;
  try {
    return await new Promise<BatchDetail>((resolve, reject) => {
      let settled = false;
      const finish = () => {
        if (settled) return;
        settled = true;
        // The final state from the API: every job, whatever events were missed.
        client.getBatch(batchId).then((detail) => {
          detail.jobs.forEach(seeJob);
          handlers.onBatch?.(detail);
          resolve(detail);
        }, reject);
      };
      const seeBatch = (batch: BatchSummary) => {
        if (batch.seq < latestSeq) return;
        latestSeq = batch.seq;
        handlers.onBatch?.(batch);
        if (batchHasEnded(batch)) finish();
      };
      const seeDetail = (detail: BatchDetail) => {
        detail.jobs.forEach(seeJob);
        seeBatch(detail);
      };
      socket.on('connect', () =>
        socket.emit('batch:subscribe', batchId, (ack: SubscribeAck) => {
          if (ack.ok) seeDetail(ack.batch);
          else if (ack.error.code === 'not_found' && !settled) {
            settled = true;
            reject(new ApiError('not_found', ack.error.message, 404));
          }
        }),
      );
      socket.on('job:update', (job) => {
        if (job.batch_id === batchId) seeJob(job);
      });
      socket.on('batch:update', (batch) => {
        if (batch.batch_id === batchId) seeBatch(batch);
      });
      poll = setInterval(() => {
        if (!settled) client.getBatch(batchId).then(seeDetail, () => {}); // a failed poll: the socket or the next poll will tell
      }, POLL_MS);
    });
  } finally {
    clearInterval(poll);
    socket.disconnect();
  }
}
