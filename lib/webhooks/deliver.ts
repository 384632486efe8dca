// Sends one webhook: a JSON POST, signed, tried again with backoff (backoff.ts) after a network
// error, a time-out or an answer other than 2xx, until WEBHOOK_MAX_ATTEMPTS. Logs each outcome.
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { log, type Logger } from '../log';
import { version } from '../version';
import { retryDelayMs } from './backoff';
import { DELIVERY_HEADER, EVENT_HEADER, SIGNATURE_HEADER, signBody } from './sign';

/** How long one attempt may take before it counts as failed. */
const ATTEMPT_TIMEOUT_MS = 10_000;

export type WebhookTarget = { url: string; secret: string | null; maxAttempts: number };
export type DeliveryOutcome = { delivered: boolean; attempts: number; deliveryId: string };

/**
 * `signal` stops waiting between attempts (at shutdown); the delivery then counts as not delivered.
 * `logger`: where its outcome is logged (a batch's child logger, so the lines carry its batch_id).
 */
export async function deliverWebhook(
  target: WebhookTarget,
  event: string,
  payload: object,
  signal?: AbortSignal,
  logger: Logger = log,
): Promise<DeliveryOutcome> {
  const deliveryId = randomUUID();
  const body = JSON.stringify({ event, ...payload });
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'user-agent': `pdf-batch/${version}`,
    [EVENT_HEADER]: event,
    [DELIVERY_HEADER]: deliveryId,
  };
  if (target.secret) headers[SIGNATURE_HEADER] = signBody(target.secret, body);

  for (let attempt = 1; ; attempt++) {
    let problem: string;
    try {
      const timeout = AbortSignal.timeout(ATTEMPT_TIMEOUT_MS);
      const response = await fetch(target.url, {
        method: 'POST',
        headers,
        body,
        redirect: 'manual',
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      });
      await response.body?.cancel();
      if (response.ok) {
        logger.info({ event, deliveryId, attempt, status: response.status }, 'webhook delivered');
        return { delivered: true, attempts: attempt, deliveryId };
      }
      problem = `the receiver answered ${response.status}`;
    } catch (err) {
      if (signal?.aborted) break;
      problem = err instanceof Error && err.name === 'TimeoutError' ? `no answer within ${ATTEMPT_TIMEOUT_MS / 1000} s` : describeNetworkError(err);
    }
    if (attempt >= target.maxAttempts) {
      logger.error({ event, deliveryId, attempts: attempt, problem }, 'webhook not delivered: giving up (WEBHOOK_MAX_ATTEMPTS)');
      return { delivered: false, attempts: attempt, deliveryId };
    }
    const wait = retryDelayMs(attempt);
    logger.warn({ event, deliveryId, attempt, problem, retryInMs: wait }, 'webhook attempt failed; trying again');
    try {
      await sleep(wait, undefined, { signal });
    } catch {
      break;
    }
  }
  logger.warn({ event, deliveryId }, 'webhook dropped: the server is stopping');
  return { delivered: false, attempts: 0, deliveryId };
}

function describeNetworkError(err: unknown): string {
  const cause = err instanceof Error && err.cause instanceof Error ? err.cause : err;
  const code = cause && typeof cause === 'object' && 'code' in cause ? String(cause.code) : null;
  const message = cause instanceof Error ? cause.message : String(cause);
  return code ? `cannot reach the receiver (${code}: ${message})` : `cannot reach the receiver (${message})`;
}
