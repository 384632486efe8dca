// The webhook signature: HMAC-SHA256 of the raw request body with WEBHOOK_SECRET, sent as
// `X-PDF-Batch-Signature: sha256=<hex>`. A receiver recomputes it over the bytes it got.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'X-PDF-Batch-Signature';
export const EVENT_HEADER = 'X-PDF-Batch-Event';
export const DELIVERY_HEADER = 'X-PDF-Batch-Delivery';

export function signBody(secret: string, body: string | Buffer): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** Whether `signature` (the header's value) is the body's, compared in constant time. */
export function verifySignature(secret: string, body: string | Buffer, signature: string | undefined | null): boolean {
  if (!signature) return false;
  const expected = Buffer.from(signBody(secret, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
