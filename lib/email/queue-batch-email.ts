// Writes the batch-end e-mail into the outbox (email_notifications) inside the transaction that
// ends the batch, so it is neither lost in a crash nor written twice: one row per batch end (the
// batch's id and finished_at, a unique key). The sender (start-email.ts) takes it from there.
import { randomUUID } from 'node:crypto';
import { config } from '../config';
import type { Db } from '../db/client';

type Tx = Pick<Db, 'emailNotification'>;

/** `notifyEmail`: the batch's own address; else NOTIFY_EMAIL; with neither, nothing is written. */
export async function queueBatchEmail(tx: Tx, batch: { id: string; notifyEmail: string | null }, finishedAt: Date, now: Date): Promise<void> {
  const recipient = batch.notifyEmail ?? config().notifyEmail;
  if (!recipient) return;
  await tx.emailNotification.create({
    data: { id: randomUUID(), batchId: batch.id, batchFinishedAt: finishedAt, recipient, nextAttemptAt: now, createdAt: now },
  });
}
