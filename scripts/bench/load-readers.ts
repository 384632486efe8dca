// The load bench's API readers: each reads a recent batch (GET /api/batches/:id, jobs included),
// its job list (GET /api/batches/:id/jobs) and the batch list, with a pause between rounds.
import { timedJson, type LoadRecorder } from './load-recorder';

export type ReadersOptions = {
  url: string;
  count: number;
  thinkMs: number;
  /** Checked before each round: false ends the reader. */
  going: () => boolean;
  rec: LoadRecorder;
  /** The batches created so far, newest last. */
  batches: () => readonly string[];
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function reader(options: ReadersOptions): Promise<void> {
  const { url, rec } = options;
  await sleep(Math.random() * options.thinkMs);
  while (options.going()) {
    const recent = options.batches().slice(-20);
    if (recent.length) {
      const id = recent[Math.floor(Math.random() * recent.length)];
      await timedJson(rec, 'batch', `${url}/api/batches/${id}`);
      await timedJson(rec, 'jobs', `${url}/api/batches/${id}/jobs`);
    }
    await timedJson(rec, 'list', `${url}/api/batches?limit=20`);
    await sleep(options.thinkMs);
  }
}

export async function runReaders(options: ReadersOptions): Promise<void> {
  await Promise.all(Array.from({ length: options.count }, () => reader(options)));
}
