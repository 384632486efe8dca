// The bench's output: the table of passes with their ratios to bare pdf.js (as shipped, which the
// targets are judged against, and as the server's threads run it, which leaves only the server's
// own overhead), the machine, whether the targets are met, and the same figures as JSON for
// bench-results/.
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ENGINE_FLAGS } from '../../lib/runtime/memory-settings.mjs';
import { median } from './stats';
import type { PassResult } from './types';
import type { MemoryFigures } from './memory';
import type { OcrBatchFigures } from './ocr-batch';
import type { UploadFigures } from './upload';

/** How much slower than bare pdf.js as shipped each workflow may be (bare pages/s ÷ workflow pages/s). */
export const TARGETS = { text_only: 1.1, full_extraction: 1.25 } as const;

export type BenchFigures = {
  date: string;
  node: string;
  cpu: string;
  cores: number;
  /** The V8 flags of the server and of tuned bare pdf.js alike (ENGINE_FLAGS). */
  engineFlags: string[];
  /** The 1-minute load average when the bench began (other work) and ended (ours included). */
  loadAverage: { start: number; end: number };
  threads: number;
  corpus: { documents: number; pages: number; sources: number; sourcePages: number; repeat: number; skipped: string[] };
  /** Bare pdf.js as the server's threads run it (engine flags, the engine's own built-ins). */
  bare: { runs: PassResult[]; pagesPerSecond: number };
  /** Bare pdf.js as it comes (V8's defaults, pdf.js's own built-ins). */
  shipped: { runs: PassResult[]; pagesPerSecond: number };
  system: PassResult[];
  /** Shipped pages/s ÷ workflow pages/s: 1.00 is as fast as pdf.js as it comes. The targets are judged on these. */
  ratios: Record<string, number>;
  targetsMet: Record<string, boolean>;
  /** Tuned bare pages/s ÷ workflow pages/s: what the server's own work costs on the same engine. */
  ownRatios: Record<string, number>;
  serverPeakRssMb: number | null;
  seconds: number;
  /** The upload comparison (scripts/bench/upload.ts), when run. */
  upload?: UploadFigures;
  /** The scans as one batch on the server (scripts/bench/ocr-batch.ts), when run. */
  ocrBatch?: OcrBatchFigures[];
  /** npm start's processes idle and over 50 datasheets (scripts/bench/memory.ts), when run. */
  memory?: MemoryFigures;
};

export const machine = () => ({
  node: process.version,
  cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
  cores: os.availableParallelism(),
  engineFlags: [...ENGINE_FLAGS],
});

/**
 * The mean of the bare runs, the ratio of each workflow to it (the median of its passes' ratios,
 * with several rounds) and whether it meets its target.
 */
export function compare(bareRuns: PassResult[], system: PassResult[]) {
  const bare = bareRuns.reduce((sum, r) => sum + r.pagesPerSecond, 0) / bareRuns.length;
  const byMode = new Map<string, number[]>();
  for (const pass of system) {
    if (!(pass.pages > 0 && pass.seconds > 0)) continue; // nothing completed: no figure to compare
    byMode.set(pass.mode, [...(byMode.get(pass.mode) ?? []), bare / pass.pagesPerSecond]);
  }
  const ratios: Record<string, number> = {};
  const targetsMet: Record<string, boolean> = {};
  for (const [mode, values] of byMode) {
    ratios[mode] = median(values);
    const target = TARGETS[mode as keyof typeof TARGETS];
    if (target !== undefined) targetsMet[mode] = ratios[mode] <= target;
  }
  return { bare, ratios, targetsMet };
}

/** Mean CPU ms per page of the bare runs (NaN when not measured). */
const bareCpuMsPerPage = (runs: PassResult[]) => {
  const measured = runs.filter((r) => r.cpuSeconds !== null && r.pages > 0);
  return measured.reduce((sum, r) => sum + (r.cpuSeconds! * 1000) / r.pages, 0) / measured.length;
};

const fixed = (value: number | null, digits: number) => (value === null || !Number.isFinite(value) ? '-' : value.toFixed(digits));

function table(rows: string[][]): string {
  const widths = rows[0].map((_, col) => Math.max(...rows.map((r) => r[col].length)));
  const line = (r: string[]) => r.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]) : cell.padStart(widths[col]))).join(' | ');
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.slice(1).map(line)].join('\n');
}

export function formatReport(f: BenchFigures): string {
  const row = (label: string, r: PassResult, ratios: string[]) => [
    label,
    String(r.documents - r.failed) + (r.failed ? ` (+${r.failed} failed)` : ''),
    String(r.pages),
    fixed(r.seconds, 2),
    fixed(r.pagesPerSecond, 1),
    ...ratios,
    fixed(r.wallSeconds, 2),
    fixed(r.peakRssMb, 0),
    r.cpuSeconds === null || !r.pages ? '-' : fixed((r.cpuSeconds * 1000) / r.pages, 2),
  ];
  const rounds = f.bare.runs.length - 1;
  // "text_only (round 2)" with several rounds.
  const labels = f.system.map((r, i) => (rounds > 1 ? `${r.mode} (round ${f.system.slice(0, i + 1).filter((p) => p.mode === r.mode).length})` : r.mode));
  const ratio = (bare: number, r: PassResult) => (r.pages > 0 && r.seconds > 0 ? `${fixed(bare / r.pagesPerSecond, 2)}x` : '-');
  const mean = (label: string, reference: BenchFigures['bare'], ratios: string[]) => {
    const first = reference.runs[0];
    return [label, String(first.documents - first.failed), String(first.pages), '', fixed(reference.pagesPerSecond, 1), ...ratios, '', '', fixed(bareCpuMsPerPage(reference.runs), 2)];
  };
  const rows = [
    ['mode', 'documents', 'pages', 'seconds', 'pages/s', 'to shipped', 'to tuned', 'wall s', 'peak RSS MB', 'CPU ms/page'],
    ...f.shipped.runs.map((r, i) => row(`pdf.js as shipped (run ${i + 1})`, r, ['', ''])),
    mean('pdf.js as shipped (mean)', f.shipped, ['1.00', '']),
    ...f.bare.runs.map((r, i) => row(`pdf.js tuned (run ${i + 1})`, r, ['', ''])),
    mean('pdf.js tuned (mean)', f.bare, ['', '1.00']),
    ...f.system.map((r, i) => row(labels[i], r, [ratio(f.shipped.pagesPerSecond, r), ratio(f.bare.pagesPerSecond, r)])),
  ];
  const cpuRatios = (reference: PassResult[]) => {
    const byMode = new Map<string, number[]>();
    for (const r of f.system) if (r.cpuSeconds !== null && r.pages > 0) byMode.set(r.mode, [...(byMode.get(r.mode) ?? []), (r.cpuSeconds * 1000) / r.pages / bareCpuMsPerPage(reference)]);
    return [...byMode].map(([mode, values]) => `${fixed(median(values), 2)}x (${mode}` + (values.length > 1 ? `; rounds ${values.map((v) => fixed(v, 2)).join(', ')})` : ')'));
  };
  const targets = Object.entries(TARGETS).map(([mode, target]) =>
    mode in f.targetsMet
      ? `${mode} ${fixed(f.ratios[mode], 2)}x pdf.js as shipped (target <= ${target.toFixed(2)}x): ${f.targetsMet[mode] ? 'met' : 'NOT met'}; ${fixed(f.ownRatios[mode], 2)}x pdf.js tuned (the server's own overhead)`
      : `${mode}: not measured (no document completed)`,
  );
  return [
    `pdf-batch bench - ${f.date}`,
    `Node ${f.node}, ${f.cpu}, ${f.cores} cores, ${f.threads} threads (WORKER_CONCURRENCY and bare pdf.js)` +
      (f.engineFlags.length ? `, V8 ${f.engineFlags.join(' ')} (the server and tuned pdf.js alike)` : ''),
    `load average ${fixed(f.loadAverage.start, 2)} at the start, ${fixed(f.loadAverage.end, 2)} at the end` +
      (f.loadAverage.start >= f.cores / 2 ? ': other work shared the CPU, the figures are noisy' : ''),
    `corpus: ${f.corpus.sources} files, ${f.corpus.sourcePages} pages, x${f.corpus.repeat} = ${f.corpus.documents} documents, ${f.corpus.pages} pages` +
      (f.corpus.skipped.length ? ` (${f.corpus.skipped.length} skipped: pdf.js cannot open them)` : ''),
    '',
    table(rows),
    '',
    'pdf.js as shipped: bare pdf.js threads with V8\'s defaults and pdf.js\'s own built-ins (its legacy build replaces Array.prototype.push and JSON with JavaScript versions), in a process of their own.',
    'pdf.js tuned: the same threads as the server\'s run pdf.js (THREAD_ENGINE_FLAGS, the engine\'s built-ins put back), on the engine flags above: the ratio to it is the server\'s own overhead.',
    'seconds: first document started to last finished; wall s: from the start of the upload (server) or of the pass (bare).',
    'CPU ms/page: CPU time of the process running the threads (all its threads) per page while the documents ran; other load stretches it far less than seconds.',
    ...(rounds > 1 ? [`${rounds} rounds (bare pdf.js both ways, then each workflow, then bare again): each workflow's ratios below are the medians of its rounds'.`] : []),
    `CPU per page against pdf.js as shipped: ${cpuRatios(f.shipped.runs).join(', ')}`,
    `CPU per page against pdf.js tuned: ${cpuRatios(f.bare.runs).join(', ')}`,
    'peak RSS: server process (its threads included) for the workflows, the process holding the bare threads for bare.',
    `server peak RSS over the whole run (VmHWM): ${fixed(f.serverPeakRssMb, 0)} MB`,
    ...targets,
    `bench took ${fixed(f.seconds, 0)} s`,
  ].join('\n');
}

/** Writes the figures to bench-results/<timestamp>.json under `root`; returns the file's path. */
export async function writeJson(root: string, f: BenchFigures): Promise<string> {
  const dir = path.join(root, 'bench-results');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${f.date.replace(/[:.]/g, '-')}.json`);
  await writeFile(file, JSON.stringify(f, null, 2) + '\n');
  return file;
}
