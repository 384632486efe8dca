// Many callers asking at once for the same thing share one database read instead of making one
// each: 200 browsers subscribing to one batch of 1,000 jobs (its snapshot), or polling the queue's
// counts (GET /api/queue). A caller only shares a read that starts after it asked, so what it gets
// is never older than its asking: a subscriber joins its room first, then asks, and no event falls
// between the two. The busier the server, the more callers each read serves.

type Slot<T> = { running: Promise<T> | null; next: Promise<T> | null };

export class CoalescedReads<T> {
  private readonly slots = new Map<string, Slot<T>>();

  /**
   * `maxWaitMs`: how long a caller waits behind a running read before it starts its own, so one
   * read that hangs (a dead connection) holds up only its own callers, as without sharing.
   */
  constructor(
    private readonly read: (key: string) => Promise<T>,
    private readonly maxWaitMs = 5000,
  ) {}

  /** The result of a read of `key` that starts after this call, shared with the callers that wait for the same one. */
  get(key: string): Promise<T> {
    const slot = this.slots.get(key) ?? { running: null, next: null };
    this.slots.set(key, slot);
    if (slot.next) return slot.next; // not started yet: it will start after this call
    const next = this.startAfter(key, slot);
    slot.next = next;
    return next;
  }

  private async startAfter(key: string, slot: Slot<T>): Promise<T> {
    if (slot.running) await this.settledOrLate(slot.running);
    else await Promise.resolve(); // let the callers of this same moment join
    slot.next = null;
    const running = (async () => this.read(key))(); // a read that throws at once rejects like the others
    slot.running = running;
    try {
      return await running;
    } finally {
      if (slot.running === running) slot.running = null;
      if (!slot.running && !slot.next) this.slots.delete(key);
    }
  }

  private settledOrLate(running: Promise<T>): Promise<unknown> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise((resolve) => {
      timer = setTimeout(resolve, this.maxWaitMs);
    });
    return Promise.race([running.catch(() => undefined), late]).finally(() => clearTimeout(timer));
  }
}
