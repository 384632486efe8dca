// npm run bench [-- <folder>...] [--repeat N] [--threads N] [--rounds N] [--pages N] [--no-generated] [--json] [--scale-out] [--no-ocr]
// Runs the real server on the generated corpus (and the folders given) and prints, from one run,
// pages/s for text_only and full_extraction against bare pdf.js with as many threads on the same files,
// as shipped and as the server's threads run it (scripts/bench/bare-pdfjs.ts).
// Then OCR: seconds a page and word recall on the generated scans (and OP90.pdf where it is), beside
// Debian's tesseract on the same pages when it is installed (scripts/bench/ocr.ts), and the same
// scans as one batch on the server: its peak RSS and OCR engines (scripts/bench/ocr-batch.ts).
// Then memory: the processes npm start leaves, idle and over 50 real datasheets (scripts/bench/memory.ts).
// With --scale-out: worker processes on Postgres against SQLite instead (scripts/bench/scale-out.ts).
import os from 'node:os';
import path from 'node:path';
import { existsSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { startServer } from '../e2e/support/server';
import { runBare, type BarePass } from './bench/bare-pdfjs';
import { runShipped } from './bench/bare-shipped';
import { buildCorpus } from './bench/corpus';
import { runWithEngineFlags } from './bench/engine-flags';
import { compare, formatReport, machine, writeJson, type BenchFigures } from './bench/report';
import { BENCH_LIMITS } from './bench/server-limits';
import { stopWhenDone } from './bench/stop-when-done';
import { peakRssMb } from './bench/rss';
import { formatMemory, measureMemory } from './bench/memory';
import { formatOcr, measureOcr } from './bench/ocr';
import { formatOcrBatch, measureOcrBatch } from './bench/ocr-batch';
import { runScaleOut } from './bench/scale-out';
import { runSystem, type SystemPass } from './bench/system';
import { formatUpload, measureUpload, uploadSources } from './bench/upload';
import type { PassResult } from './bench/types';

const DATASHEETS = path.resolve(import.meta.dirname, '..', '..', 'shared', 'corpus', 'datasheets');

const USAGE = `usage: npm run bench -- [folder...] [--repeat N] [--threads N] [--rounds N] [--pages N] [--no-generated] [--json]
  folder          PDFs to add to the corpus (searched recursively)
  --repeat N      copies of the source set (default: enough for --pages)
  --threads N     worker threads, for the server and bare pdf.js alike (default: cores, at most 4)
  --rounds N      each workflow N times, bare pdf.js between (default 1); the ratios are the medians
  --pages N       pages per pass to aim for when --repeat is not given (default 1500)
  --no-generated  leave out the generated corpus and /usr/share/doc PDFs (only the folders)
  --json          also write the figures to bench-results/<timestamp>.json
  --scale-out     pages/s with 1, 2 and 4 worker processes on Postgres against SQLite, same total
                  threads (--threads, default 4; --pages default 600)
  --no-ocr        leave out the OCR section (scans are never in the pages/s corpus)
  --no-memory     leave out the memory section (npm start's processes idle and over 50 datasheets
                  of ../shared/corpus/datasheets, when it is there)
  --upload-mb N   the upload comparison's body size, against a bare busboy server (default 200; 0 leaves it out)`;

const positiveInt = (name: string, value: string | undefined, fallback: number) => {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} wants a whole number of at least 1, not "${value}"\n${USAGE}`);
  return n;
};

function parseOptions() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      repeat: { type: 'string' },
      threads: { type: 'string' },
      pages: { type: 'string' },
      'no-generated': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      'scale-out': { type: 'boolean', default: false },
      'no-ocr': { type: 'boolean', default: false },
      'no-memory': { type: 'boolean', default: false },
      rounds: { type: 'string' },
      'upload-mb': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (values['no-generated'] && positionals.length === 0) throw new Error(`--no-generated needs a folder of PDFs\n${USAGE}`);
  return {
    folders: positionals,
    generated: !values['no-generated'],
    repeat: values.repeat === undefined ? undefined : positiveInt('repeat', values.repeat, 1),
    threads: positiveInt('threads', values.threads, values['scale-out'] ? 4 : Math.min(4, os.availableParallelism())),
    minPages: positiveInt('pages', values.pages, values['scale-out'] ? 600 : 1500),
    json: values.json,
    scaleOut: values['scale-out'],
    ocr: !values['no-ocr'],
    memory: !values['no-memory'],
    rounds: positiveInt('rounds', values.rounds, 1),
    uploadMb: values['upload-mb'] === undefined ? 200 : values['upload-mb'] === '0' ? 0 : positiveInt('upload-mb', values['upload-mb'], 1),
  };
}

const say = (message: string) => process.stderr.write(`[bench] ${message}\n`);
const brief = (r: PassResult) => `${r.pages} pages in ${r.seconds.toFixed(2)} s = ${r.pagesPerSecond.toFixed(1)} pages/s` + (r.failed ? `, ${r.failed} failed` : '');

async function main(): Promise<void> {
  const options = parseOptions();
  if (options.scaleOut) return runScaleOut(options);
  const began = performance.now();
  const loadAtStart = os.loadavg()[0];
  const workDir = path.join(os.tmpdir(), 'pdf-batch-bench');
  const projectRoot = path.resolve(import.meta.dirname, '..');

  say(`starting the server with ${options.threads} threads (it builds the production bundle first if the sources changed)`);
  const starting = startServer({ env: { ...BENCH_LIMITS, WORKER_CONCURRENCY: String(options.threads) } });
  const stopServer = stopWhenDone(starting);

  try {
    const corpus = await buildCorpus({ workDir, folders: options.folders, generated: options.generated, repeat: options.repeat, minPages: options.minPages, threads: options.threads });
    const totalPages = corpus.files.reduce((sum, f) => sum + f.pages, 0);
    say(`corpus: ${corpus.sources} files (${corpus.sourcePages} pages) x${corpus.repeat} = ${corpus.files.length} documents, ${totalPages} pages`);
    for (const skipped of corpus.skipped) say(`skipped: ${skipped}`);

    const server = await starting;
    const pid = server.process.pid;
    if (pid === undefined) throw new Error('the server process has no pid');
    const target = { url: server.url, pid };
    say(`server ready at ${server.url}; warming up`);
    const warm = corpus.files.filter((f) => corpus.warmup.includes(f.path));
    for (const workflow of ['text_only', 'full_extraction'] as const) {
      const warmed = await runSystem(target, warm, workflow, `warmup-${workflow}`);
      // Every document failing means the pipeline itself is broken: no figure would mean anything.
      if (warmed.failed === warmed.documents) throw new Error(`${workflow} fails on every warm-up document:\n${warmed.errors.join('\n')}`);
    }

    // Bare pdf.js both ways (as shipped, which the targets are judged against, and tuned as the
    // server's threads run it), then each workflow, then both again, as many rounds as asked: the
    // machine's load changes from minute to minute, and each round is compared with the same means.
    const paths = corpus.files.map((f) => f.path);
    const shippedRuns: BarePass[] = [];
    const bareRuns: BarePass[] = [];
    const bothBare = async () => {
      shippedRuns.push(await runShipped(paths, options.threads, corpus.warmup));
      say(`pdf.js as shipped (${shippedRuns.length}): ${brief(shippedRuns[shippedRuns.length - 1])}`);
      bareRuns.push(await runBare(paths, options.threads, corpus.warmup));
      say(`pdf.js tuned (${bareRuns.length}): ${brief(bareRuns[bareRuns.length - 1])}`);
    };
    await bothBare();
    const system: SystemPass[] = [];
    for (let round = 1; round <= options.rounds; round++) {
      for (const workflow of ['text_only', 'full_extraction'] as const) {
        system.push(await runSystem(target, corpus.files, workflow, `${workflow}-${round}`));
        say(`${workflow}${options.rounds > 1 ? ` (round ${round})` : ''}: ${brief(system[system.length - 1])}`);
      }
      await bothBare();
    }
    for (const error of [...shippedRuns, ...bareRuns, ...system].flatMap((r) => r.errors)) say(`failed: ${error}`);

    const serverPeakRssMb = peakRssMb(pid);
    const { bare: shipped, ratios, targetsMet } = compare(shippedRuns, system);
    const { bare, ratios: ownRatios } = compare(bareRuns, system);
    const figures: BenchFigures = {
      date: new Date().toISOString(),
      ...machine(),
      loadAverage: { start: loadAtStart, end: os.loadavg()[0] },
      threads: options.threads,
      corpus: { documents: corpus.files.length, pages: totalPages, sources: corpus.sources, sourcePages: corpus.sourcePages, repeat: corpus.repeat, skipped: corpus.skipped },
      bare: { runs: bareRuns, pagesPerSecond: bare },
      shipped: { runs: shippedRuns, pagesPerSecond: shipped },
      system,
      ratios,
      targetsMet,
      ownRatios,
      serverPeakRssMb,
      seconds: (performance.now() - began) / 1000,
    };
    console.log(formatReport(figures));
    if (options.uploadMb > 0) {
      say(`upload: ${options.uploadMb} MB to the server and to a bare busboy server, alternately`);
      const upload = await measureUpload(target, await uploadSources(projectRoot, corpus.files), options.uploadMb);
      figures.upload = upload;
      console.log(`\n${formatUpload(upload)}`);
    }
    if (options.memory && existsSync(DATASHEETS)) {
      await stopServer();
      figures.memory = await measureMemory(DATASHEETS, say);
      console.log(`\nMemory\n\n${formatMemory(figures.memory)}`);
    }
    if (options.ocr && options.generated) {
      await stopServer();
      say('OCR: the generated scans, page by page, through the pipeline (one thread), beside Debian tesseract');
      const scans = (await readdir(path.join(workDir, 'generated'))).filter((f) => /^scan.*\.pdf$/.test(f)).map((f) => path.join(workDir, 'generated', f));
      const op90 = path.join(DATASHEETS, 'OP90.pdf');
      if (existsSync(op90)) scans.push(op90);
      console.log(`\nOCR\n\n${formatOcr(await measureOcr(scans, { say }))}`);
      say(`OCR batch: the same scans as one batch on the server (${options.threads} threads), OCR_CONCURRENCY=1 then its default`);
      const batches = [await measureOcrBatch(scans, options.threads, { OCR_CONCURRENCY: '1' }), await measureOcrBatch(scans, options.threads)];
      figures.ocrBatch = batches;
      console.log(`\nOCR batch\n\n${formatOcrBatch(batches)}`);
    }
    if (options.json) console.log(`figures written to ${path.relative(projectRoot, await writeJson(projectRoot, figures))}`);
  } finally {
    await stopServer();
    await rm(path.join(workDir, 'copies'), { recursive: true, force: true });
  }
}

runWithEngineFlags();
main().catch((err: Error) => {
  console.error(err.message);
  process.exitCode = 1;
});
