// Every real-time event that crosses a process or the network: names, payloads and rooms.
// Server, workers and browser all import these types from here.
import type { BatchDetail, BatchSummary, JobSummary } from './schemas/batch';
import type { QueueOverview } from './schemas/queue';

export type QueueStatePayload = { paused: boolean; updated_at: string | null };

export type AckError = { ok: false; error: { code: string; message: string } };
export type SubscribeAck = { ok: true; batch: BatchDetail } | AckError;
export type QueueSubscribeAck = { ok: true; queue: QueueOverview } | AckError;

export type BatchesChange =
  | { type: 'created' | 'updated'; batch: BatchSummary }
  | { type: 'deleted'; batch_id: string };

export interface ServerToClientEvents {
  /** A job changed (status, stage, progress...). The payload is the whole job summary. */
  'job:update': (job: JobSummary) => void;
  /** A batch's summary changed (counts, progress, status). */
  'batch:update': (batch: BatchSummary) => void;
  /** For the list of batches: one was created, changed or deleted. */
  'batches:update': (change: BatchesChange) => void;
  /** The queue was paused or resumed (sent to every client). */
  'queue:update': (state: QueueStatePayload) => void;
  /** The queue's counts, to the `queue` room, at most about once a second while jobs change. */
  'queue:counts': (overview: QueueOverview) => void;
}

export interface ClientToServerEvents {
  /** Join a batch's room; the ack carries the current snapshot to apply later updates on. */
  'batch:subscribe': (batchId: string, ack: (reply: SubscribeAck) => void) => void;
  'batch:unsubscribe': (batchId: string) => void;
  'batches:subscribe': (ack?: (reply: { ok: true }) => void) => void;
  'batches:unsubscribe': () => void;
  /** Join the `queue` room; the ack carries the counts now, `queue:counts` the later ones. */
  'queue:subscribe': (ack: (reply: QueueSubscribeAck) => void) => void;
  'queue:unsubscribe': () => void;
}

export const rooms = {
  batch: (batchId: string) => `batch:${batchId}`,
  batches: 'batches',
  queue: 'queue',
  /** Not a room: every connected client. */
  everyone: '*',
} as const;

/** What the publisher sends, as a tagged union, so one function can route every event. */
export type OutboundEvent =
  | { name: 'job:update'; room: string; payload: JobSummary }
  | { name: 'batch:update'; room: string; payload: BatchSummary }
  | { name: 'batches:update'; room: string; payload: BatchesChange }
  | { name: 'queue:update'; room: string; payload: QueueStatePayload }
  | { name: 'queue:counts'; room: string; payload: QueueOverview };
