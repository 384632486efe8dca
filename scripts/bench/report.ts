// The bench's output: the table of passes with their ratio to bare pdf.js, the machine, whether
// the targets are met, and the same figures as JSON for bench-results/.
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ENGINE_FLAGS } from '../../lib/runtime/memory-settings.mjs';
import { median } from './stats';
import type { PassResult } from './types';
import type { MemoryFigures } from './memory';
import type { OcrBatchFigures } from './ocr-batch';
import type { UploadFigures } from './upload';

/** How much slower than bare pdf.js each workflow may be (bare pages/s ÷ workflow pages/s). */
export const TARGETS = { text_only: 1.1, full_extraction: 1.25 } as const;

export type BenchFigures = {
  date: string;
  node: string;
  cpu: string;
  cores: number;
  /** The V8 flags of the server and of bare pdf.js alike (ENGINE_FLAGS). */
  engineFlags: string[];
  /** The 1-minute load average when the bench began (other work) and ended (ours included). */
  loadAverage: { start: number; end: number };
  threads: number;
  corpus: { documents: number; pages: number; sources: number; sourcePages: number; repeat: number; skipped: string[] };
  bare: { runs: PassResult[]; pagesPerSecond: number };
  system: PassResult[];
  /** Bare pages/s ÷ workflow pages/s: 1.00 is as fast as bare pdf.js. */
  ratios: Record<string, number>;
  targetsMet: Record<string, boolean>;
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
  const row = (label: string, r: PassResult, ratio: string) => [
    label,
    String(r.documents - r.failed) + (r.failed ? ` (+${r.failed} failed)` : ''),
    String(r.pages),
    fixed(r.seconds, 2),
    fixed(r.pagesPerSecond, 1),
    ratio,
    fixed(r.wallSeconds, 2),
    fixed(r.peakRssMb, 0),
    r.cpuSeconds === null || !r.pages ? '-' : fixed((r.cpuSeconds * 1000) / r.pages, 2),
  ];
  const bareMean = f.bare.runs[0];
  const rounds = f.bare.runs.length - 1;
  // "text_only (round 2)" with several rounds.
  const labels = f.system.map((r, i) => (rounds > 1 ? `${r.mode} (round ${f.system.slice(0, i + 1).filter((p) => p.mode === r.mode).length})` : r.mode));
  const rows = [
    ['mode', 'documents', 'pages', 'seconds', 'pages/s', 'ratio to bare', 'wall s', 'peak RSS MB', 'CPU ms/page'],
    ...f.bare.runs.map((r, i) => row(`bare pdf.js (run ${i + 1})`, r, '')),
    ['bare pdf.js (mean)', String(bareMean.documents - bareMean.failed), String(bareMean.pages), '', fixed(f.bare.pagesPerSecond, 1), '1.00', '', '', fixed(bareCpuMsPerPage(f.bare.runs), 2)],
    ...f.system.map((r, i) => row(labels[i], r, r.pages > 0 && r.seconds > 0 ? `${fixed(f.bare.pagesPerSecond / r.pagesPerSecond, 2)}x` : '-')),
  ];
  const cpuRatios = new Map<string, number[]>();
  for (const r of f.system) if (r.cpuSeconds !== null && r.pages > 0) cpuRatios.set(r.mode, [...(cpuRatios.get(r.mode) ?? []), (r.cpuSeconds * 1000) / r.pages / bareCpuMsPerPage(f.bare.runs)]);
  const targets = Object.entries(TARGETS).map(([mode, target]) =>
    mode in f.targetsMet ? `${mode} ${fixed(f.ratios[mode], 2)}x (target <= ${target.toFixed(2)}x): ${f.targetsMet[mode] ? 'met' : 'NOT met'}` : `${mode}: not measured (no document completed)`,
  );
  return [
    `pdf-batch bench - ${f.date}`,
    `Node ${f.node}, ${f.cpu}, ${f.cores} cores, ${f.threads} threads (WORKER_CONCURRENCY and bare pdf.js)` +
      (f.engineFlags.length ? `, V8 ${f.engineFlags.join(' ')} (the server and bare pdf.js alike)` : ''),
    `load average ${fixed(f.loadAverage.start, 2)} at the start, ${fixed(f.loadAverage.end, 2)} at the end` +
      (f.loadAverage.start >= f.cores / 2 ? ': other work shared the CPU, the figures are noisy' : ''),
    `corpus: ${f.corpus.sources} files, ${f.corpus.sourcePages} pages, x${f.corpus.repeat} = ${f.corpus.documents} documents, ${f.corpus.pages} pages` +
      (f.corpus.skipped.length ? ` (${f.corpus.skipped.length} skipped: pdf.js cannot open them)` : ''),
    '',
    table(rows),
    '',
    'seconds: first document started to last finished; wall s: from the start of the upload (server) or of the pass (bare).',
    'CPU ms/page: CPU time of the process running the threads (all its threads) per page while the documents ran; other load stretches it far less than seconds.',
    ...(rounds > 1 ? [`${rounds} rounds (bare pdf.js, then each workflow, then bare again): each workflow's ratio below is the median of its rounds'.`] : []),
    ...[...cpuRatios].map(([mode, values]) => `${mode}: ${fixed(median(values), 2)}x the CPU per page of bare pdf.js` + (values.length > 1 ? ` (rounds: ${values.map((v) => fixed(v, 2)).join(', ')})` : '')),
    'peak RSS: server process (its threads included) for the workflows, the bench process (holding the bare threads) for bare.',
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
