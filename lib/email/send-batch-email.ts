// One attempt at one outbox row: the batch as it is now, its failed files with their reasons,
// composed (compose-batch-email.ts) and handed to the SMTP server.
import type { Transporter } from 'nodemailer';
import { getBatchSummary } from '../batches/get-batch';
import { db } from '../db/client';
import type { EmailNotification } from '../generated/prisma/client';
import { composeBatchEmail, MAX_LISTED } from './compose-batch-email';
import type { EmailOutcome } from './settle-email';

export type SendSettings = { from: string; publicUrl: string | null };

export async function sendBatchEmail(transport: Transporter, row: EmailNotification, settings: SendSettings): Promise<EmailOutcome> {
  const batch = await getBatchSummary(row.batchId);
  const client = await db();
  const failures = await client.job.findMany({
    where: { batchId: row.batchId, status: 'failed' },
    orderBy: { position: 'asc' },
    take: MAX_LISTED,
    select: { filename: true, error: true, errorType: true },
  });
  const mail = composeBatchEmail(batch, failures, settings.publicUrl);
  try {
    await transport.sendMail({
      from: settings.from,
      to: row.recipient,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      headers: { 'X-PDF-Batch-Id': row.batchId },
    });
    return { sent: true };
  } catch (err) {
    return { sent: false, problem: describeSmtpError(err) };
  }
}

function describeSmtpError(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const e = err as Error & { code?: string; responseCode?: number; response?: string };
  if (e.responseCode) return `the mail server answered ${e.responseCode}: ${e.response ?? e.message}`;
  return e.code ? `cannot reach the mail server (${e.code}: ${e.message})` : e.message;
}
