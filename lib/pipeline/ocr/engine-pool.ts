// A pool of OCR engines: at most `size` of them (OCR_CONCURRENCY) alive at once, counting those
// still ending, so that the limit bounds OCR's memory and not only the pages read at once. An
// engine is about 60 MB when made and about 90 MB more once it has read a page (WebAssembly memory
// never shrinks), so engines are made on first use for one set of languages, lent one page at a
// time, and ended after IDLE_MS unused. A page whose document is cancelled or runs out of time ends
// its engine (Tesseract cannot stop a page halfway), as does a page the engine failed on (it may be
// broken); the next page gets a fresh one. The server runs its pool in a thread of its own
// (ocr-host.ts); scripts and tests use a local one.
import { createEngine, type OcrEngine } from './engine';
import { type LanguageModel, resolveLanguages } from './languages';
import { type EngineCounts, type OcrReading, OcrStartError } from './reading';

/** An engine unused this long is ended, giving its memory back. */
export const IDLE_MS = 60_000;

type Entry = {
  key: string;
  engine: Promise<OcrEngine>;
  owner: string | null;
  timer: NodeJS.Timeout | null;
  /** Rejects once the engine is ended, so that a page waiting on it stops waiting. */
  ended: Promise<never>;
  end: () => void;
  isEnded: boolean;
};
type Waiter = { key: string; models: LanguageModel[]; owner: string; resolve: (entry: Entry) => void; reject: (err: Error) => void };

const cancelled = () => new Error('cancelled');

export class OcrEnginePool {
  private entries: Entry[] = [];
  /** Engines taken out of the pool whose thread has not ended yet: they still count toward `size`. */
  private ending = 0;
  private waiting: Waiter[] = [];
  private closed = false;

  constructor(
    readonly size: number,
    private readonly idleMs = IDLE_MS,
    private readonly make: (models: LanguageModel[]) => Promise<OcrEngine> = createEngine,
    /** Called whenever `counts` may have changed. */
    private readonly onChange: (counts: EngineCounts) => void = () => undefined,
  ) {}

  get counts(): EngineCounts {
    return { running: this.entries.length + this.ending, busy: this.entries.filter((e) => e.owner !== null).length };
  }

  /** Reads one page for `owner` (a job id) with an engine of `languages`, waiting for one when all are lent. */
  async recognize(owner: string, languages: string[], image: Buffer, dpi: number): Promise<OcrReading> {
    let models: LanguageModel[];
    try {
      models = resolveLanguages(languages);
    } catch (err) {
      throw new OcrStartError((err as Error).message);
    }
    const entry = await this.take(owner, models);
    let engine: OcrEngine;
    try {
      engine = await Promise.race([entry.engine, entry.ended]);
    } catch (err) {
      const ended = entry.isEnded;
      void this.remove(entry);
      throw ended ? cancelled() : new OcrStartError((err as Error).message);
    }
    try {
      const page = await Promise.race([engine.recognize(image, dpi), entry.ended]);
      this.giveBack(entry);
      return { languages: engine.languages, page };
    } catch (err) {
      // An engine that failed on a page may be broken (WebAssembly out of memory): the next page gets a new one.
      void this.remove(entry);
      throw err;
    }
  }

  /** Stops `owner`'s page, waiting or being read: its engine is ended (and remade for the next page). */
  abort(owner: string): void {
    for (const waiter of this.waiting.filter((w) => w.owner === owner)) waiter.reject(cancelled());
    this.waiting = this.waiting.filter((w) => w.owner !== owner);
    for (const entry of this.entries.filter((e) => e.owner === owner)) void this.remove(entry);
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const waiter of this.waiting) waiter.reject(new Error('The server is shutting down.'));
    this.waiting = [];
    await Promise.all([...this.entries].map((entry) => this.remove(entry)));
  }

  private take(owner: string, models: LanguageModel[]): Promise<Entry> {
    if (this.closed) return Promise.reject(new Error('The server is shutting down.'));
    const key = models.map((m) => m.file).join('\n');
    const entry = this.lend(key, models, owner);
    if (entry) return Promise.resolve(entry);
    return new Promise<Entry>((resolve, reject) => this.waiting.push({ key, models, owner, resolve, reject }));
  }

  /** An engine for `key` lent to `owner` now, or null when every engine is lent or still ending. */
  private lend(key: string, models: LanguageModel[], owner: string): Entry | null {
    let entry = this.entries.find((e) => e.owner === null && e.key === key);
    if (!entry && this.entries.length + this.ending >= this.size) {
      // Every engine is made: end a free one of other languages, and make ours once it has ended
      // (unless one is ending already: the room it leaves comes first).
      const other = this.entries.find((e) => e.owner === null);
      if (other && this.ending === 0) void this.remove(other);
      return null;
    }
    entry ??= this.create(key, models);
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = null;
    entry.owner = owner;
    this.onChange(this.counts);
    return entry;
  }

  private create(key: string, models: LanguageModel[]): Entry {
    let end = () => undefined as void;
    const ended = new Promise<never>((_, reject) => {
      end = () => reject(cancelled());
    });
    ended.catch(() => undefined);
    const engine = this.make(models);
    engine.catch(() => undefined);
    const entry: Entry = { key, engine, owner: null, timer: null, ended, end, isEnded: false };
    this.entries.push(entry);
    return entry;
  }

  private giveBack(entry: Entry): void {
    if (!this.entries.includes(entry)) return;
    entry.owner = null;
    this.serve();
    if (entry.owner === null && !entry.timer && this.entries.includes(entry)) {
      entry.timer = setTimeout(() => {
        if (entry.owner === null) void this.remove(entry);
      }, this.idleMs);
      entry.timer.unref();
    }
    this.onChange(this.counts);
  }

  /** Lends engines to waiting pages, first come first served, while any is free or can be made. */
  private serve(): void {
    while (this.waiting.length) {
      const next = this.waiting[0];
      const entry = this.lend(next.key, next.models, next.owner);
      if (!entry) return;
      this.waiting.shift();
      next.resolve(entry);
    }
  }

  /** Takes an engine out of the pool (its page, if any, fails with 'cancelled') and ends its thread; then what it freed goes to the pages waiting. */
  private remove(entry: Entry): Promise<void> {
    const index = this.entries.indexOf(entry);
    if (index === -1) return Promise.resolve();
    this.entries.splice(index, 1);
    if (entry.timer) clearTimeout(entry.timer);
    entry.isEnded = true;
    entry.end();
    this.ending++;
    this.onChange(this.counts);
    return entry.engine
      .then((e) => e.terminate())
      .catch(() => undefined)
      .finally(() => {
        this.ending--;
        this.serve();
        this.onChange(this.counts);
      });
  }
}

let local: OcrEnginePool | null = null;

/** Without a thread pool (scripts, tests): one engine in this process, read one page at a time. */
export function localEngines(): OcrEnginePool {
  local ??= new OcrEnginePool(1);
  return local;
}

/** Ends the local engine (a script's last step, so that its thread does not keep the process up). */
export async function endLocalEngines(): Promise<void> {
  const pool = local;
  local = null;
  await pool?.close();
}
