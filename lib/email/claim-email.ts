// Takes the next due e-mail from the outbox for this sender: a pending row whose time has come, or a
// `sending` row whose sender's lease ran out (it died mid-send). One conditional update on the row's
// status and attempts, so two senders, in any processes, never both take it.
import { db } from '../db/client';
import type { EmailNotification } from '../generated/prisma/client';

const MAX_RACES = 3;

export async function claimDueEmail(leaseMs: number, now = new Date()): Promise<EmailNotification | null> {
  const client = await db();
  for (let race = 0; race < MAX_RACES; race++) {
    const due = await client.emailNotification.findFirst({
      where: { OR: [{ status: 'pending', nextAttemptAt: { lte: now } }, { status: 'sending', leaseExpiresAt: { lt: now } }] },
      orderBy: { nextAttemptAt: 'asc' },
    });
    if (!due) return null;
    const { count } = await client.emailNotification.updateMany({
      where: { id: due.id, status: due.status, attempts: due.attempts },
      data: { status: 'sending', attempts: { increment: 1 }, leaseExpiresAt: new Date(now.getTime() + leaseMs) },
    });
    if (count === 1) return { ...due, status: 'sending', attempts: due.attempts + 1 };
  }
  return null;
}
