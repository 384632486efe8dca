// The watched folder (WATCH_DIR), as paperless-ngx's consumption folder: every WATCH_POLL_S the
// folder is listed; files unchanged since the last poll are taken together as one batch, and each
// leaves for processed/ or failed/ when its job ends (settle-taken.ts). Files under
// WATCH_DIR/<template name>/ make a batch of their own with that template (group-by-template.ts).
// Polling, not fs.watch, because change events are unreliable on network mounts.
import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { createBatchFromFiles } from '../batches/create-batch-from-files';
import { resolveBatchSettings } from '../batches/resolve-batch-settings';
import { db } from '../db/client';
import { AppError } from '../errors';
import { log } from '../log';
import type { Workflow } from '../schemas/batch';
import { groupByTemplate } from './group-by-template';
import { FAILED_DIR, PROCESSED_DIR, scanFolder, type FileState } from './scan-folder';
import { moveOut, settleTaken } from './settle-taken';
import { stableFiles } from './stable-files';
import { markCreated, takeFiles, tidyTaken } from './taken-files';

export type WatchOptions = { dir: string; pollMs: number; workflow: Workflow; maxFiles: number };
export type WatchFolder = { stop: () => Promise<void> };

const batchName = (now: Date) => `Watched folder ${now.toISOString().slice(0, 19).replace('T', ' ')} UTC`;

export async function startWatchFolder(options: WatchOptions): Promise<WatchFolder> {
  const { dir } = options;
  await mkdir(path.join(dir, PROCESSED_DIR), { recursive: true });
  await mkdir(path.join(dir, FAILED_DIR), { recursive: true });
  await settleTaken(dir, true);
  log.info({ dir, pollS: options.pollMs / 1000, workflow: options.workflow }, 'watching folder');

  let previous = new Map<string, FileState>();
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const poll = async () => {
    const current = await scanFolder(dir);
    const stable = stableFiles(previous, current).slice(0, options.maxFiles);
    previous = current;
    if (stable.length) {
      for (const group of groupByTemplate(stable, await templateNames())) await takeBatch(options, group.rels, group.template);
      for (const rel of stable) previous.delete(rel);
    }
    await settleTaken(dir);
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = poll()
        .catch((err: unknown) => log.error({ err, dir }, 'watched folder: poll failed; trying again at the next one'))
        .finally(schedule);
    }, options.pollMs);
  };
  schedule();

  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

async function templateNames(): Promise<Set<string>> {
  const client = await db();
  return new Set((await client.template.findMany({ select: { name: true } })).map((t) => t.name));
}

/**
 * Takes the files out of the folder at once, then writes the batch (with `template`'s settings when
 * given); refused files go to failed/ at the next settle.
 */
async function takeBatch(options: WatchOptions, rels: string[], template: string | null): Promise<void> {
  const batchId = randomUUID();
  const taken = await takeFiles(options.dir, batchId, rels, randomUUID);
  if (!taken.length) return tidyTaken(options.dir, batchId);
  try {
    const now = new Date();
    const settings = await resolveBatchSettings(template ? { template } : { workflow: options.workflow }, taken.length, now);
    const name = settings.name || batchName(now);
    const created = await createBatchFromFiles(batchId, taken, { ...settings, name });
    await markCreated(options.dir, batchId);
    log.info({ batch_id: batchId, name, template, files: taken.length, rejected: created.rejected }, 'watched folder: batch created');
  } catch (err) {
    // Nothing was written (no usable PDF among the files, or a storage or database failure).
    const refused = err instanceof AppError && err.code === 'no_valid_files';
    for (const file of taken) await moveOut(options.dir, file, FAILED_DIR);
    if (refused) log.warn({ files: taken.map((f) => f.rel), reason: err.message }, 'watched folder: no usable PDF; moved to failed/');
    else log.error({ err, files: taken.map((f) => f.rel) }, 'watched folder: the batch could not be created; files moved to failed/');
    await tidyTaken(options.dir, batchId);
  }
}
