// The process's OCR engines, shared by all its PDF threads: at most `size` of them (OCR_CONCURRENCY),
// so that the limit bounds OCR's memory and not only the pages read at once. An engine is about
// 60 MB when made and about 90 MB more once it has read a page (WebAssembly memory never shrinks),
// so engines are made on first use for one set of languages, lent one page at a time, and ended
// after IDLE_MS unused. A page whose document is cancelled or runs out of time ends its engine
// (Tesseract cannot stop a page halfway); the next page gets a fresh one.
import { createEngine, type OcrEngine, type OcrPage } from './engine';
import { type LanguageModel, resolveLanguages } from './languages';

/** An engine unused this long is ended, giving its memory back. */
export const IDLE_MS = 60_000;

/** No engine could be made for these languages (a model missing or broken): no page of them can be read. */
export class OcrStartError extends Error {}

/** One page as read: the engine's languages ("eng+deu") and its lines. */
export type OcrReading = { languages: string; page: OcrPage };

type Entry = { key: string; engine: Promise<OcrEngine>; owner: string | null; timer: NodeJS.Timeout | null; ended: () => void; endedPromise: Promise<never> };
type Waiter = { key: string; models: LanguageModel[]; owner: string; resolve: (entry: Entry) => void; reject: (err: Error) => void };

export type EngineCounts = { running: number; busy: number };

export class OcrEnginePool {
  private entries: Entry[] = [];
  private waiting: Waiter[] = [];
  private closed = false;

  constructor(
    readonly size: number,
    private readonly idleMs = IDLE_MS,
    private readonly make: (models: LanguageModel[]) => Promise<OcrEngine> = createEngine,
  ) {}

  get counts(): EngineCounts {
    return { running: this.entries.length, busy: this.entries.filter((e) => e.owner !== null).length };
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
    try {
      let engine: OcrEngine;
      try {
        engine = await Promise.race([entry.engine, entry.endedPromise]);
      } catch (err) {
        this.end(entry);
        throw err instanceof OcrStartError ? err : new OcrStartError((err as Error).message);
      }
      const page = await Promise.race([engine.recognize(image, dpi), entry.endedPromise]);
      return { languages: engine.languages, page };
    } finally {
      this.giveBack(entry);
    }
  }

  /** Stops `owner`'s page, if one is being read: its engine is ended (and remade for the next page). */
  abort(owner: string): void {
    for (const entry of this.entries.filter((e) => e.owner === owner)) this.end(entry);
    for (const waiter of this.waiting.filter((w) => w.owner === owner)) waiter.reject(new Error('cancelled'));
    this.waiting = this.waiting.filter((w) => w.owner !== owner);
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const waiter of this.waiting) waiter.reject(new Error('The server is shutting down.'));
    this.waiting = [];
    await Promise.all([...this.entries].map((entry) => this.end(entry)));
  }

  private take(owner: string, models: LanguageModel[]): Promise<Entry> {
    if (this.closed) return Promise.reject(new Error('The server is shutting down.'));
    const key = models.map((m) => m.file).join('\n');
    const entry = this.lend(key, models, owner);
    if (entry) return Promise.resolve(entry);
    return new Promise<Entry>((resolve, reject) => this.waiting.push({ key, models, owner, resolve, reject }));
  }

  /** An engine for `key` lent to `owner` now, or null when every engine is lent. */
  private lend(key: string, models: LanguageModel[], owner: string): Entry | null {
    let entry = this.entries.find((e) => e.owner === null && e.key === key);
    if (!entry && this.entries.length >= this.size) {
      // Every engine is made: end a free one of other languages to make room.
      const other = this.entries.find((e) => e.owner === null);
      if (!other) return null;
      void this.remove(other);
    }
    entry ??= this.create(key, models);
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = null;
    entry.owner = owner;
    return entry;
  }

  private create(key: string, models: LanguageModel[]): Entry {
    let ended = () => undefined as void;
    const endedPromise = new Promise<never>((_, reject) => {
      ended = () => reject(new Error('cancelled'));
    });
    endedPromise.catch(() => undefined);
    const engine = this.make(models);
    engine.catch(() => undefined);
    const entry: Entry = { key, engine, owner: null, timer: null, ended, endedPromise };
    this.entries.push(entry);
    return entry;
  }

  private giveBack(entry: Entry): void {
    if (!this.entries.includes(entry)) return this.serve();
    entry.owner = null;
    this.serve();
    if (entry.owner === null && !entry.timer) {
      entry.timer = setTimeout(() => {
        if (entry.owner === null) void this.end(entry);
      }, this.idleMs);
      entry.timer.unref();
    }
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

  /** Ends an engine and lends what it frees to the pages waiting. */
  private end(entry: Entry): Promise<void> {
    const ended = this.remove(entry);
    this.serve();
    return ended;
  }

  /** Takes an engine out of the pool and ends it (its page, if any, fails with 'cancelled'). */
  private remove(entry: Entry): Promise<void> {
    const index = this.entries.indexOf(entry);
    if (index === -1) return Promise.resolve();
    this.entries.splice(index, 1);
    if (entry.timer) clearTimeout(entry.timer);
    entry.ended();
    return entry.engine.then((e) => e.terminate()).catch(() => undefined);
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
