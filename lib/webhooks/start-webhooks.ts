// Subscribes the webhook to batch ends: a `batch.finished` POST to WEBHOOK_URL when a batch
// reaches completed, completed_with_errors, failed or cancelled, once per batch end per process
// (a batch's end is its id and finished_at; a retried batch that ends again is a new end).
import { isFinishedBatchStatus } from '../batches/derive-status';
import { log } from '../log';
import { batchLog } from '../log-context';
import { addEventSink } from '../realtime/publisher';
import type { BatchSummary } from '../schemas/batch';
import { deliverWebhook, type WebhookTarget } from './deliver';

export const BATCH_FINISHED = 'batch.finished';
/** Batch ends remembered for de-duplication; the oldest are forgotten past this. */
const REMEMBERED_ENDS = 10_000;

export type Webhooks = { stop: () => void };

export function startWebhooks(target: WebhookTarget): Webhooks {
  if (!target.secret) log.warn('WEBHOOK_URL is set without WEBHOOK_SECRET: webhooks are sent unsigned');
  const sent = new Set<string>();
  const inFlight = new Set<Promise<unknown>>();
  const stopping = new AbortController();

  const onBatchEnd = (batch: BatchSummary) => {
    const key = `${batch.batch_id}@${batch.finished_at}`;
    if (sent.has(key)) return;
    sent.add(key);
    if (sent.size > REMEMBERED_ENDS) sent.delete(sent.values().next().value as string);
    const blog = batchLog(batch.batch_id);
    const delivery = deliverWebhook(target, BATCH_FINISHED, { batch }, stopping.signal, blog).catch((err: unknown) =>
      blog.error({ err }, 'webhook delivery failed unexpectedly'),
    );
    inFlight.add(delivery);
    void delivery.finally(() => inFlight.delete(delivery));
  };

  const removeSink = addEventSink((event) => {
    if (event.name === 'batch:update' && isFinishedBatchStatus(event.payload.status) && event.payload.finished_at) {
      onBatchEnd(event.payload);
    }
  });
  log.info({ url: target.url, maxAttempts: target.maxAttempts }, 'webhooks on');

  return {
    stop: () => {
      removeSink();
      if (inFlight.size) log.warn({ dropped: inFlight.size }, 'webhook deliveries still in flight are dropped at shutdown');
      stopping.abort();
    },
  };
}
