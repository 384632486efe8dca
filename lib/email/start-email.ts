// The e-mail sender of this process (with SMTP_URL): takes due messages from the outbox
// (email_notifications) every POLL_MS, and at once when a batch ends here, sends each, and writes
// the outcome. Several processes may run one: each message is taken by one of them (claim-email.ts),
// and one that dies mid-send hands it over when its lease runs out.
import nodemailer from 'nodemailer';
import { log } from '../log';
import { batchLog } from '../log-context';
import { addEventSink } from '../realtime/publisher';
import { isFinishedBatchStatus } from '../batches/derive-status';
import { claimDueEmail } from './claim-email';
import { sendBatchEmail } from './send-batch-email';
import { settleEmail } from './settle-email';

const POLL_MS = 2_000;
/** Longer than one attempt can take (the transport's time-outs below), so a live sender keeps its row. */
const LEASE_MS = 5 * 60_000;

export type EmailOptions = { smtpUrl: string; from: string; publicUrl: string | null; maxAttempts: number };
export type EmailSender = { stop: () => Promise<void> };

export function startEmail(options: EmailOptions): EmailSender {
  const transport = nodemailer.createTransport({ url: options.smtpUrl, connectionTimeout: 20_000, greetingTimeout: 20_000, socketTimeout: 60_000 });
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | null = null;
  let again = false;

  const drain = async () => {
    for (let row = await claimDueEmail(LEASE_MS); row && !stopped; row = await claimDueEmail(LEASE_MS)) {
      const blog = batchLog(row.batchId);
      const outcome = await sendBatchEmail(transport, row, options).catch((err: unknown) => ({
        sent: false as const,
        problem: err instanceof Error ? err.message : String(err),
      }));
      const state = await settleEmail(row.id, row.attempts, options.maxAttempts, outcome);
      if (outcome.sent) blog.info({ to: row.recipient, attempt: row.attempts }, 'batch e-mail sent');
      else if (state === 'gone') blog.info({ to: row.recipient }, 'batch e-mail dropped: the batch was deleted');
      else if (state === 'failed') blog.error({ to: row.recipient, attempts: row.attempts, problem: outcome.problem }, 'batch e-mail not sent: giving up (EMAIL_MAX_ATTEMPTS)');
      else blog.warn({ to: row.recipient, attempt: row.attempts, problem: outcome.problem }, 'batch e-mail attempt failed; trying again');
    }
  };
  const run = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    clearTimeout(timer);
    running = drain()
      .catch((err: unknown) => log.error({ err }, 'e-mail sender: a round failed; trying again at the next one'))
      .finally(() => {
        running = null;
        if (stopped) return;
        if (again) {
          again = false;
          run();
        } else timer = setTimeout(run, POLL_MS);
      });
  };

  // A batch that ended in this process has its message committed by now: look at once.
  const removeSink = addEventSink((event) => {
    if (event.name === 'batch:update' && isFinishedBatchStatus(event.payload.status) && event.payload.finished_at) run();
  });
  timer = setTimeout(run, 0);
  log.info({ maxAttempts: options.maxAttempts, publicUrl: options.publicUrl }, 'batch e-mails on');

  return {
    stop: async () => {
      stopped = true;
      removeSink();
      clearTimeout(timer);
      await running;
      transport.close();
    },
  };
}

/** The sender of a process whose configuration has SMTP_URL; null without it. */
export function startEmailFor(cfg: { smtpUrl: string | null; emailFrom: string; publicUrl: string | null; emailMaxAttempts: number }): EmailSender | null {
  if (!cfg.smtpUrl) return null;
  return startEmail({ smtpUrl: cfg.smtpUrl, from: cfg.emailFrom, publicUrl: cfg.publicUrl, maxAttempts: cfg.emailMaxAttempts });
}
