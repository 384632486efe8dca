// The outcome of one attempt, written to the outbox row: sent; or tried again after the webhooks'
// backoff (1 s, 2 s, 4 s ... at most 5 minutes); or, after EMAIL_MAX_ATTEMPTS, failed for good.
import { db } from '../db/client';
import { retryDelayMs } from '../webhooks/backoff';

export type EmailOutcome = { sent: true } | { sent: false; problem: string };

/** Whether the row is now final (sent or failed for good). */
export async function settleEmail(id: string, attempts: number, maxAttempts: number, outcome: EmailOutcome, now = new Date()): Promise<'sent' | 'retry' | 'failed'> {
  const client = await db();
  if (outcome.sent) {
    await client.emailNotification.updateMany({ where: { id, status: 'sending' }, data: { status: 'sent', sentAt: now, leaseExpiresAt: null, lastError: null } });
    return 'sent';
  }
  const final = attempts >= maxAttempts;
  await client.emailNotification.updateMany({
    where: { id, status: 'sending' },
    data: final
      ? { status: 'failed', leaseExpiresAt: null, lastError: outcome.problem }
      : { status: 'pending', leaseExpiresAt: null, lastError: outcome.problem, nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)) },
  });
  return final ? 'failed' : 'retry';
}
