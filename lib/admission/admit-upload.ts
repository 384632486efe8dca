// The door of every upload endpoint (POST /api/batches, /api/documents, /api/batches/demo):
// the client's rate limit (429), then the queue and the disk (503), before any byte is stored.
import { config } from '../config';
import { AppError } from '../errors';
import { processShared } from '../runtime/process-shared';
import { checkBackpressure } from './backpressure';
import { clientAddress } from './client-address';
import { RateLimiter } from './rate-limit';

const limiter = () => processShared('upload-rate-limiter', () => new RateLimiter(config().rateLimitUploads, config().rateLimitWindowMs));

/** Throws an AppError (429 or 503, with Retry-After) when the upload cannot be taken now. */
export async function admitUpload(request: Request): Promise<void> {
  const cfg = config();
  const decision = limiter().take(clientAddress(request, cfg.trustProxy));
  if (!decision.ok) {
    const window = cfg.rateLimitWindowMs / 1000;
    throw new AppError(
      'rate_limited',
      `Too many uploads from your address: at most ${cfg.rateLimitUploads} every ${window} s (RATE_LIMIT_UPLOADS per RATE_LIMIT_WINDOW_S). Try again in ${decision.retryAfterS} s.`,
      { 'retry-after': String(decision.retryAfterS) },
    );
  }
  await checkBackpressure(Number(request.headers.get('content-length')) || 0);
}
