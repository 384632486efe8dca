// Writes the batch-end e-mail into the outbox (email_notifications) inside the transaction that
// ends the batch, so it is neither lost in a crash nor written twice: one row per batch end (the
// batch's id and finished_at, a unique key). The sender (start-email.ts) takes it from there. Two
// forms: through Prisma (lib/batches/refresh-batch.ts) and as a hot-path operation in hand-written
// SQL (lib/queue/sql/refresh-batch.ts).
import { randomUUID } from 'node:crypto';
import { config } from '../config';
import type { Db } from '../db/client';
import { query, type Op } from '../db/direct/op';

type Tx = Pick<Db, 'emailNotification'>;
type EndedBatch = { id: string; notifyEmail: string | null };

/** The batch's own address; else NOTIFY_EMAIL; with neither, null (no message). */
const recipientOf = (batch: EndedBatch) => batch.notifyEmail ?? config().notifyEmail;

export async function queueBatchEmail(tx: Tx, batch: EndedBatch, finishedAt: Date, now: Date): Promise<void> {
  const recipient = recipientOf(batch);
  if (!recipient) return;
  await tx.emailNotification.create({
    data: { id: randomUUID(), batchId: batch.id, batchFinishedAt: finishedAt, recipient, nextAttemptAt: now, createdAt: now },
  });
}

export function* queueBatchEmailOp(batch: EndedBatch, finishedAt: Date, now: Date): Op<void> {
  const recipient = recipientOf(batch);
  if (!recipient) return;
  yield* query(
    "INSERT INTO email_notifications (id, batch_id, batch_finished_at, recipient, status, attempts, next_attempt_at, created_at) VALUES (?, ?, ?, ?, 'pending', 0, ?, ?)",
    randomUUID(),
    batch.id,
    finishedAt,
    recipient,
    now,
    now,
  );
}
