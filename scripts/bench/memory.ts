// The memory target: the app's processes as `npm start` leaves them running (npm itself aside), at
// default settings, idle and at the peak of one batch of 50 real datasheets (`full_extraction`, OCR
// off: scanned pages are measured apart, scripts/bench/ocr-batch.ts).
// Three times, each on a fresh `npm start`: one batch's peak moves by up to 20 MB with which
// documents happen to run side by side, so the target is met only if every batch's is.
// Counted as PSS (each page processes share, such as the node binary's, split between them: what
// they cost the machine together) and, beside it, as the plain sum of their RSS.
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { uploadBatch } from '../../e2e/support/api';
import { descendantsOf, killSurvivors, removeDataDir, startServer } from '../../e2e/support/server';
import { countPages } from './bare-pdfjs';
import { tagged } from './corpus';
import { cpuSeconds } from './cpu';
import { waitUntilFinished } from './system';

export const MEMORY_TARGETS = { idleMb: 150, peakMb: 250 };
const DOCUMENTS = 50;
const BATCHES = 3;
const SAMPLE_MS = 100;

type Footprint = { pssMb: number; rssMb: number };
/** One `npm start`: idle, then one batch of the datasheets. */
export type MemoryRun = { idle: Footprint; peak: Footprint; cpuMsPerPage: number | null };
export type MemoryFigures = {
  documents: number;
  pages: number;
  runs: MemoryRun[];
  /** Met when every run's figure is. */
  met: { idle: boolean; peak: boolean };
};

/** A field of /proc/<pid>/smaps_rollup (Pss, Rss) in MB; 0 when the process is gone. */
function rollupMb(pid: number, field: 'Pss' | 'Rss'): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** What `pids` hold together: PSS, and the sum of their RSS. */
const together = (pids: number[]) => ({ pssMb: pids.reduce((s, p) => s + rollupMb(p, 'Pss'), 0), rssMb: pids.reduce((s, p) => s + rollupMb(p, 'Rss'), 0) });

/** Seconds of CPU `pids` have used together, or null where one cannot be read. */
function cpuOf(pids: number[]): number | null {
  const each = pids.map(cpuSeconds);
  return each.includes(null) ? null : (each as number[]).reduce((sum, s) => sum + s, 0);
}

/** The datasheets in `folder` cycled to 50 documents, each copy with bytes of its own. */
async function datasheets(folder: string): Promise<{ name: string; content: Buffer; pages: number }[]> {
  const paths = (await readdir(folder)).filter((f) => /\.pdf$/i.test(f)).sort().map((f) => path.join(folder, f));
  if (paths.length === 0) throw new Error(`no PDFs in ${folder}`);
  const counted = await countPages(paths, 2);
  const sources = await Promise.all(paths.map(async (file) => ({ name: path.basename(file), bytes: await readFile(file), pages: counted.get(file)?.pages ?? 0 })));
  return Array.from({ length: DOCUMENTS }, (_, i) => {
    const { name, bytes, pages } = sources[i % sources.length];
    const copy = Math.floor(i / sources.length);
    return { name: copy ? `${copy}-${name}` : name, content: copy ? tagged(bytes, `memory copy ${copy}`) : bytes, pages };
  });
}

/** One fresh `npm start`: its processes idle, and at their peak over one batch of `files`. */
async function measureRun(files: Awaited<ReturnType<typeof datasheets>>, say: (message: string) => void): Promise<MemoryRun> {
  const server = await startServer({ as: 'npm', env: { LOG_LEVEL: 'warn' } });
  try {
    const npm = server.process.pid as number;
    const processes = () => descendantsOf(npm);
    if (processes().length === 0) throw new Error('npm start left no server process');
    await new Promise((resolve) => setTimeout(resolve, 3000)); // what starting leaves behind settles
    const idle = together(processes());
    say(`memory: idle ${idle.pssMb.toFixed(0)} MB (PSS); ${files.length} datasheets as one batch`);
    const peak = { pssMb: 0, rssMb: 0 };
    const sampler = setInterval(() => {
      const now = together(processes());
      peak.pssMb = Math.max(peak.pssMb, now.pssMb);
      peak.rssMb = Math.max(peak.rssMb, now.rssMb);
    }, SAMPLE_MS);
    const cpuBefore = cpuOf(processes());
    try {
      const { status, body } = await uploadBatch(server.url, files, { workflow: 'full_extraction', ocr: 'off', name: 'bench memory' });
      if (status !== 201) throw new Error(`upload refused (${status}): ${JSON.stringify(body.error ?? body)}`);
      await waitUntilFinished(server.url, body.batch_id, 600_000);
    } finally {
      clearInterval(sampler);
    }
    const cpuAfter = cpuOf(processes());
    const pages = files.reduce((sum, f) => sum + f.pages, 0);
    return { idle, peak, cpuMsPerPage: cpuBefore === null || cpuAfter === null || pages === 0 ? null : ((cpuAfter - cpuBefore) * 1000) / pages };
  } finally {
    const started = descendantsOf(server.process.pid as number);
    await server.stop();
    await killSurvivors(started); // a process npm left behind would skew the next start's PSS
    await removeDataDir(server.dataDir);
  }
}

export async function measureMemory(folder: string, say: (message: string) => void): Promise<MemoryFigures> {
  const files = await datasheets(folder);
  const runs: MemoryRun[] = [];
  for (let i = 0; i < BATCHES; i++) runs.push(await measureRun(files, say));
  return {
    documents: files.length,
    pages: files.reduce((sum, f) => sum + f.pages, 0),
    runs,
    met: { idle: runs.every((r) => r.idle.pssMb <= MEMORY_TARGETS.idleMb), peak: runs.every((r) => r.peak.pssMb <= MEMORY_TARGETS.peakMb) },
  };
}

export function formatMemory(m: MemoryFigures): string {
  const each = (pick: (r: MemoryRun) => number) => m.runs.map((r) => pick(r).toFixed(0)).join(', ');
  const verdict = (met: boolean, over: number) => (met ? 'met' : `NOT met (${over} of ${m.runs.length} over)`);
  const idleOver = m.runs.filter((r) => r.idle.pssMb > MEMORY_TARGETS.idleMb).length;
  const peakOver = m.runs.filter((r) => r.peak.pssMb > MEMORY_TARGETS.peakMb).length;
  return [
    `the app's processes as npm start leaves them (npm aside), default settings; PSS (RSS summed); ${m.runs.length} fresh starts, each idle and then over one batch`,
    `idle: ${each((r) => r.idle.pssMb)} MB (${each((r) => r.idle.rssMb)} MB); target <= ${MEMORY_TARGETS.idleMb} MB each time: ${verdict(m.met.idle, idleOver)}`,
    `peak over ${m.documents} real datasheets (${m.pages} pages, full_extraction, OCR off): ${each((r) => r.peak.pssMb)} MB (${each((r) => r.peak.rssMb)} MB); target <= ${MEMORY_TARGETS.peakMb} MB each time: ${verdict(m.met.peak, peakOver)}`,
    `server CPU per page over each batch: ${m.runs.map((r) => (r.cpuMsPerPage === null ? 'n/a' : r.cpuMsPerPage.toFixed(1))).join(', ')} ms`,
  ].join('\n');
}
