// An in-process token bucket per client: `limit` uploads per `windowMs`, refilled continuously.
// Per process: with several web nodes each node counts its own clients (README says so).
export type RateDecision = { ok: true } | { ok: false; retryAfterS: number };

type Bucket = { tokens: number; at: number };

/** Buckets kept before full (idle) ones are forgotten; bounds memory under many addresses. */
const PRUNE_ABOVE = 10_000;

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  /**
   * `chargeRefused`: a refused request costs a token too (down to one window's worth of debt), so a
   * client that keeps trying while refused waits longer, and one that waits as told is not slowed.
   */
  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly options: { chargeRefused?: boolean } = {},
  ) {}

  /** Takes one upload for `key`, or says how long until one is allowed. A limit of 0 never refuses. */
  take(key: string, now = Date.now()): RateDecision {
    if (this.limit <= 0) return { ok: true };
    const perMs = this.limit / this.windowMs;
    const previous = this.buckets.get(key);
    const tokens = previous ? Math.min(this.limit, previous.tokens + (now - previous.at) * perMs) : this.limit;
    if (tokens < 1) {
      const left = this.options.chargeRefused ? Math.max(1 - this.limit, tokens - 1) : tokens;
      this.buckets.set(key, { tokens: left, at: now });
      return { ok: false, retryAfterS: Math.max(1, Math.ceil((1 - left) / perMs / 1000)) };
    }
    this.buckets.set(key, { tokens: tokens - 1, at: now });
    if (this.buckets.size > PRUNE_ABOVE) this.prune(now, perMs);
    return { ok: true };
  }

  /** Whether `key` has one left, without taking it (for limits that count failures only). */
  peek(key: string, now = Date.now()): RateDecision {
    if (this.limit <= 0) return { ok: true };
    const previous = this.buckets.get(key);
    if (!previous) return { ok: true };
    const perMs = this.limit / this.windowMs;
    const tokens = Math.min(this.limit, previous.tokens + (now - previous.at) * perMs);
    return tokens >= 1 ? { ok: true } : { ok: false, retryAfterS: Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)) };
  }

  private prune(now: number, perMs: number): void {
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.at) * perMs >= this.limit) this.buckets.delete(key);
    }
  }
}
