// What the load bench counts while it runs: request latencies by route kind, the age of each
// job event when a client receives it, and every error, grouped by its message.

export class LoadRecorder {
  /** Route kind (upload, batch, jobs, list, queue, subscribe) → latencies in ms. */
  readonly latencies = new Map<string, number[]>();
  /** Now minus the job's `updated_at`, for every `job:update` a client received, in ms. */
  readonly eventAges: number[] = [];
  readonly errors = new Map<string, number>();
  /** GETs sent a second time because the server had closed the idle keep-alive connection they went out on. */
  resent = 0;

  time(kind: string, ms: number): void {
    const list = this.latencies.get(kind);
    if (list) list.push(ms);
    else this.latencies.set(kind, [ms]);
  }

  event(ageMs: number): void {
    this.eventAges.push(ageMs);
  }

  error(message: string): void {
    this.errors.set(message, (this.errors.get(message) ?? 0) + 1);
  }

  get requests(): number {
    let n = 0;
    for (const [kind, list] of this.latencies) if (kind !== 'subscribe') n += list.length;
    return n;
  }

  get errorCount(): number {
    let n = 0;
    for (const count of this.errors.values()) n += count;
    return n;
  }
}

const causeCode = (err: unknown) => ((err as { cause?: { code?: string } }).cause?.code ?? null);

/**
 * A GET goes out a second time when the connection it was sent on was reset: the server had closed
 * it as idle (keep-alive timeout) just as it was reused. Browsers do the same for idempotent requests.
 */
async function fetchLikeBrowser(rec: LoadRecorder, url: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (err) {
    if ((init?.method ?? 'GET') !== 'GET' || causeCode(err) !== 'ECONNRESET') throw err;
    rec.resent++;
    return fetch(url, init);
  }
}

/**
 * One timed HTTP request whose answer is read whole (the latency includes the body). A non-2xx
 * answer or a network failure is recorded as an error; the parsed JSON is returned either way.
 */
export async function timedJson<T>(rec: LoadRecorder, kind: string, url: string, init?: RequestInit): Promise<{ status: number; body: T } | null> {
  const started = performance.now();
  try {
    const response = await fetchLikeBrowser(rec, url, init);
    const text = await response.text();
    rec.time(kind, performance.now() - started);
    const body = text ? (JSON.parse(text) as T) : (null as T);
    if (!response.ok) {
      const message = (body as { error?: { message?: string } } | null)?.error?.message ?? text.slice(0, 200);
      rec.error(`${kind}: HTTP ${response.status}: ${message}`);
    }
    return { status: response.status, body };
  } catch (err) {
    rec.error(`${kind}: ${(err as Error).message}${(err as Error & { cause?: Error }).cause ? ` (${(err as Error & { cause: Error }).cause.message})` : ''}`);
    return null;
  }
}
