// Pause and resume the whole queue: workers stop claiming (running jobs finish); the state lives
// in the database so every process and every restart sees it.
import { db } from '../db/client';
import { rooms, type QueueStatePayload } from '../events';
import { log } from '../log';
import { publish } from '../realtime/publisher';
import { wakeWorkers } from './signals';

export type QueueState = QueueStatePayload;

type Reader = Awaited<ReturnType<typeof db>>;

export async function readQueueState(client?: Pick<Reader, 'queueState'>): Promise<QueueState> {
  const row = await (client ?? (await db())).queueState.findUnique({ where: { id: 1 } });
  return { paused: row?.paused ?? false, updated_at: row?.updatedAt.toISOString() ?? null };
}

export async function setQueuePaused(paused: boolean): Promise<QueueState> {
  const client = await db();
  const row = await client.queueState.upsert({ where: { id: 1 }, create: { id: 1, paused }, update: { paused } });
  const state = { paused: row.paused, updated_at: row.updatedAt.toISOString() };
  publish({ name: 'queue:update', room: rooms.everyone, payload: state });
  log.info({ paused }, paused ? 'queue paused' : 'queue resumed');
  if (!paused) wakeWorkers();
  return state;
}
