// The outcome of one attempt, written to the outbox row: sent; or tried again after the webhooks'
// backoff (1 s, 2 s, 4 s ... at most 5 minutes); or, after EMAIL_MAX_ATTEMPTS, failed for good.
import { db } from '../db/client';
import { retryDelayMs } from '../webhooks/backoff';

export type EmailOutcome = { sent: true } | { sent: false; problem: string };

/** What became of the row: sent, to be tried again, failed for good, or gone (its batch was deleted meanwhile). */
export async function settleEmail(
  id: string,
  attempts: number,
  maxAttempts: number,
  outcome: EmailOutcome,
  now = new Date(),
): Promise<'sent' | 'retry' | 'failed' | 'gone'> {
  const client = await db();
  if (outcome.sent) {
    const { count } = await client.emailNotification.updateMany({ where: { id, status: 'sending' }, data: { status: 'sent', sentAt: now, leaseExpiresAt: null, lastError: null } });
    return count ? 'sent' : 'gone';
  }
  const final = attempts >= maxAttempts;
  const { count } = await client.emailNotification.updateMany({
    where: { id, status: 'sending' },
    data: final
      ? { status: 'failed', leaseExpiresAt: null, lastError: outcome.problem }
      : { status: 'pending', leaseExpiresAt: null, lastError: outcome.problem, nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)) },
  });
  if (count === 0) return 'gone';
  return final ? 'failed' : 'retry';
}
