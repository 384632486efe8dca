// npm run bench:load [-- --seconds N --uploaders N --watchers N --readers N ...] | [-- --batch 1000]
// Load on the real server (production build, temporary DATA_DIR): uploaders, Socket.IO watchers
// and API readers for a bounded time, or one large batch processed to the end; prints requests/s,
// latency per route kind, the age of job events at the clients, errors and the server's peak RSS.
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startServer } from '../e2e/support/server';
import { stopWhenDone } from './bench/stop-when-done';
import type { BatchDetail, BatchListResponse, CreateBatchResponse } from '../lib/schemas/batch';
import { LoadRecorder, timedJson } from './bench/load-recorder';
import { runReaders } from './bench/load-readers';
import { formatLoadReport } from './bench/load-report';
import { copies, loadSources } from './bench/load-sources';
import { runUploaders, uploadForm, type UploadSource } from './bench/load-uploaders';
import { Watchers } from './bench/load-watchers';
import { cpuSeconds } from './bench/cpu';
import { peakRssMb, rssMb, sampleRss } from './bench/rss';
import { memoryProfile, profileFlags } from '../lib/runtime/memory-settings.mjs';

const USAGE = `usage: npm run bench:load -- [options]
  --seconds N           how long the load runs (default $LOAD_SECONDS, else 60)
  --uploaders N         concurrent uploaders (default 20)
  --files-per-upload N  PDFs per upload (default 3)
  --think-ms N          each uploader's pause between uploads, and each reader's between rounds (default 1000)
  --watchers N          Socket.IO clients watching (default 200)
  --readers N           API readers: a batch, its jobs, the list per round (default 10)
  --threads N           WORKER_CONCURRENCY of the server (default: cores, at most 4)
  --workflow W          full_extraction | classify | text_only (default full_extraction)
  --batch N             instead: one batch of N documents processed to the end (watchers follow it)
  --without-memory-settings  the server with V8's and glibc's defaults instead of npm start's
                        settings (MEMORY_PROFILE, lib/runtime/memory-settings.mjs), to measure what they change
  --node-flags="F…"     more Node/V8 flags for the server (e.g. --node-flags=--optimize-for-size), to measure one
  The server inherits the environment (WORKER_MEMORY_MB, ...).`;

const say = (message: string) => process.stderr.write(`[bench:load] ${message}\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function parseOptions() {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string' },
      uploaders: { type: 'string' },
      'files-per-upload': { type: 'string' },
      'think-ms': { type: 'string' },
      watchers: { type: 'string' },
      readers: { type: 'string' },
      threads: { type: 'string' },
      workflow: { type: 'string' },
      batch: { type: 'string' },
      'without-memory-settings': { type: 'boolean', default: false },
      'node-flags': { type: 'string', default: '' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const int = (name: string, value: string | undefined, fallback: number, min = 0) => {
    if (value === undefined || value === '') return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} wants a whole number of at least ${min}, not "${value}"\n${USAGE}`);
    return n;
  };
  const workflow = values.workflow ?? 'full_extraction';
  if (!['full_extraction', 'classify', 'text_only'].includes(workflow)) throw new Error(`--workflow: unknown workflow "${workflow}"\n${USAGE}`);
  return {
    seconds: int('seconds', values.seconds ?? process.env.LOAD_SECONDS, 60, 1),
    uploaders: int('uploaders', values.uploaders, 20),
    filesPerUpload: int('files-per-upload', values['files-per-upload'], 3, 1),
    thinkMs: int('think-ms', values['think-ms'], 1000),
    watchers: int('watchers', values.watchers, 200),
    readers: int('readers', values.readers, 10),
    threads: int('threads', values.threads, Math.min(4, os.availableParallelism()), 1),
    workflow,
    batch: values.batch === undefined ? null : int('batch', values.batch, 1000, 1),
    memorySettings: !values['without-memory-settings'],
    nodeFlags: values['node-flags'].split(/\s+/).filter(Boolean),
  };
}

type Options = ReturnType<typeof parseOptions>;

/** What a server has without npm start's memory settings: V8's own heap sizing (0: computed) and helper threads marking its heaps, glibc's 8 arenas per core and its own thresholds. */
const DEFAULT_MEMORY_FLAGS = ['--max-semi-space-size=0', '--max-old-space-size=0', '--concurrent-marking'];
const DEFAULT_MEMORY_ENV = { MALLOC_ARENA_MAX: String(8 * os.availableParallelism()), GLIBC_TUNABLES: '' };
const settingsText = (s: { flags: readonly string[]; env: Readonly<Record<string, string>> }) =>
  [...s.flags, ...Object.entries(s.env).map(([k, v]) => `${k}=${v}`)].join(' ');

type Target = { url: string; pid: number };

const machineLine = (o: Options) =>
  `Node ${process.version}, ${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${os.availableParallelism()} cores, ${o.threads} PDF threads, ` +
  `WORKER_MEMORY_MB ${process.env.WORKER_MEMORY_MB ?? 'default'}, ` +
  (o.memorySettings
    ? `MEMORY_PROFILE ${process.env.MEMORY_PROFILE || 'small'} (${settingsText({ flags: profileFlags(memoryProfile(process.env)), env: memoryProfile(process.env).env })})`
    : `V8's and glibc's memory defaults (${settingsText({ flags: DEFAULT_MEMORY_FLAGS, env: DEFAULT_MEMORY_ENV })})`) +
  (o.nodeFlags.length ? `, Node flags ${o.nodeFlags.join(' ')}` : '') +
  `, load average ${os.loadavg()[0].toFixed(2)} at the start`;

/** Every progress line: elapsed time, what was done, the server's RSS now. */
function progress(target: Target, rec: LoadRecorder, began: number, extra: () => string): NodeJS.Timeout {
  return setInterval(() => {
    const rss = rssMb(target.pid);
    say(`${((Date.now() - began) / 1000).toFixed(0)} s: ${rec.requests} requests, ${rec.eventAges.length} job events, ${rec.errorCount} errors, RSS ${rss?.toFixed(0) ?? '-'} MB${extra()}`);
  }, 10_000);
}

async function queueCounts(url: string): Promise<Record<string, number>> {
  const response = await fetch(`${url}/api/queue`);
  return ((await response.json()) as { counts: Record<string, number> }).counts;
}

async function runLoad(target: Target, o: Options, sources: UploadSource[]): Promise<string> {
  const rec = new LoadRecorder();
  const watchers = new Watchers({ url: target.url, count: o.watchers, rec });
  say(`connecting ${o.watchers} watchers`);
  await watchers.connect();
  const before = await queueCounts(target.url);
  const batches: string[] = [];
  const rssStart = rssMb(target.pid);
  const rss = sampleRss(target.pid);
  const began = Date.now();
  const until = began + o.seconds * 1000;
  const ticker = progress(target, rec, began, () => `, ${batches.length} batches`);
  say(`load for ${o.seconds} s: ${o.uploaders} uploaders, ${o.watchers} watchers, ${o.readers} readers`);
  const groups = Math.max(1, o.uploaders);
  const [uploads] = await Promise.all([
    runUploaders({
      url: target.url,
      count: o.uploaders,
      filesPerUpload: o.filesPerUpload,
      thinkMs: o.thinkMs,
      until,
      sources,
      workflow: o.workflow,
      rec,
      onBatch: (uploader, batchId) => {
        batches.push(batchId);
        // Each uploader's batches are watched by its share of the watchers (200 / 20: ten each).
        watchers.follow(batchId, uploader % groups, groups);
      },
    }),
    runReaders({ url: target.url, count: o.readers, thinkMs: o.thinkMs, going: () => Date.now() < until, rec, batches: () => batches }),
  ]);
  const seconds = (Date.now() - began) / 1000;
  clearInterval(ticker);
  watchers.close();
  const peak = rss.stop();
  const after = await queueCounts(target.url);
  const ended = (c: Record<string, number>) => (c.completed ?? 0) + (c.failed ?? 0) + (c.cancelled ?? 0);
  return formatLoadReport({
    title: `pdf-batch load bench - ${new Date().toISOString()}`,
    setup: [
      machineLine(o),
      `${o.seconds} s: ${o.uploaders} uploaders (${o.filesPerUpload} PDFs each upload, ${o.thinkMs} ms between), ${o.watchers} Socket.IO watchers ` +
        `(the batch list, their uploader's batches, the queue's counts: ${watchers.queuePushes} pushes received), ${o.readers} API readers (${o.thinkMs} ms between rounds), ${o.workflow}`,
    ],
    seconds,
    rec,
    rss: { startMb: rssStart, peakSampledMb: peak, peakAtS: rss.peakAtS(), hwmMb: peakRssMb(target.pid) },
    extra: [
      `batches created: ${uploads} (${uploads * Math.min(o.filesPerUpload, sources.length)} documents); documents processed during the run: ${ended(after) - ended(before)}, ` +
        `${after.queued ?? 0} still queued at the end`,
    ],
  });
}

async function runBigBatch(target: Target, o: Options, sources: UploadSource[], count: number): Promise<string> {
  const rec = new LoadRecorder();
  const watchers = new Watchers({ url: target.url, count: o.watchers, rec });
  say(`connecting ${o.watchers} watchers`);
  await watchers.connect();
  const documents = copies(sources, count);
  const rssStart = rssMb(target.pid);
  const rss = sampleRss(target.pid);
  const cpuStart = cpuSeconds(target.pid);
  const began = Date.now();
  let done = false;
  let batchId: string | null = null;
  const ticker = progress(target, rec, began, () => '');
  say(`uploading one batch of ${count} documents`);
  const answer = await timedJson<CreateBatchResponse>(rec, 'upload', `${target.url}/api/batches`, {
    method: 'POST',
    body: uploadForm(documents, 0, documents.length, { name: `load batch of ${count}`, workflow: o.workflow }),
  });
  if (answer?.status !== 201) throw new Error(`the upload was refused: ${JSON.stringify(answer?.body)}`);
  batchId = answer.body.batch_id;
  watchers.follow(batchId);
  const id = batchId;
  const readers = runReaders({ url: target.url, count: o.readers, thinkMs: o.thinkMs, going: () => !done, rec, batches: () => [id] });
  const deadline = Date.now() + 30 * 60_000;
  for (;;) {
    const list = (await (await fetch(`${target.url}/api/batches?limit=5`)).json()) as BatchListResponse;
    const batch = list.batches.find((b) => b.batch_id === id);
    if (batch && ['completed', 'completed_with_errors', 'failed', 'cancelled'].includes(batch.status)) break;
    if (Date.now() > deadline) throw new Error(`the batch is still ${batch?.status} after 30 minutes`);
    await sleep(500);
  }
  const seconds = (Date.now() - began) / 1000;
  clearInterval(ticker);
  const peak = rss.stop();
  const cpuEnd = cpuSeconds(target.pid);
  done = true;
  watchers.close();
  await readers; // each ends after its round in flight
  const detail = (await (await fetch(`${target.url}/api/batches/${id}`)).json()) as BatchDetail;
  const pages = detail.jobs.reduce((sum, j) => sum + (j.status === 'completed' ? (j.pages ?? 0) : 0), 0);
  const first = Math.min(...detail.jobs.flatMap((j) => (j.started_at ? [Date.parse(j.started_at)] : [])));
  const last = Math.max(...detail.jobs.flatMap((j) => (j.finished_at ? [Date.parse(j.finished_at)] : [])));
  const failed = detail.jobs.filter((j) => j.status !== 'completed');
  for (const j of failed.slice(0, 5)) rec.error(`document ${j.filename}: ${j.status} ${j.error_type ?? ''} ${j.error ?? ''}`);
  return formatLoadReport({
    title: `pdf-batch load bench, one batch of ${count} - ${new Date().toISOString()}`,
    setup: [
      machineLine(o),
      `${count} documents (the generated corpus cycled), ${o.workflow}, ${o.watchers} Socket.IO watchers on the batch and the queue's counts ` +
        `(${watchers.queuePushes} counts pushes received), ${o.readers} API readers`,
    ],
    seconds,
    rec,
    rss: { startMb: rssStart, peakSampledMb: peak, peakAtS: rss.peakAtS(), hwmMb: peakRssMb(target.pid) },
    extra: [
      `batch ${detail.status}: ${detail.completed} completed, ${detail.failed} failed, ${pages} pages; ${seconds.toFixed(1)} s from the upload to the end, ` +
        `${((last - first) / 1000).toFixed(1)} s first start to last finish = ${(pages / ((last - first) / 1000)).toFixed(1)} pages/s`,
      cpuStart !== null && cpuEnd !== null
        ? `server CPU time (all threads): ${(cpuEnd - cpuStart).toFixed(1)} s = ${((1000 * (cpuEnd - cpuStart)) / pages).toFixed(1)} ms per page (other load on the machine does not stretch this figure)`
        : 'server CPU time: not available (no /proc)',
    ],
  });
}

/** The last lines of the server's output that are not the build's listing. */
const outputTail = (output: string) =>
  output
    .split('\n')
    .filter((line) => line.trim() && !/^[├└┌│○ƒ✓]/u.test(line.trim()))
    .slice(-30)
    .join('\n');

async function main(): Promise<void> {
  const o = parseOptions();
  const projectRoot = path.resolve(import.meta.dirname, '..');
  const sources = await loadSources(projectRoot);
  say(`starting the server with ${o.threads} threads (it builds the production bundle first if the sources changed)`);
  const starting = startServer({
    env: {
      WORKER_CONCURRENCY: String(o.threads),
      LOG_LEVEL: 'warn',
      MAX_FILES_PER_BATCH: String(Math.max(1000, o.batch ?? 0)),
      SHUTDOWN_GRACE_S: '0',
      ...(o.memorySettings ? {} : DEFAULT_MEMORY_ENV),
    },
    nodeFlags: [...(o.memorySettings ? [] : DEFAULT_MEMORY_FLAGS), ...o.nodeFlags],
  });
  const stop = stopWhenDone(starting);
  try {
    const started = await starting;
    const pid = started.process.pid;
    if (pid === undefined) throw new Error('the server process has no pid');
    const target = { url: started.url, pid };
    say(`server ready at ${started.url}`);
    // A server that dies during the run ends the bench with what it printed.
    const died = new Promise<never>((_, reject) =>
      started.process.once('exit', (code, signal) => reject(new Error(`the server stopped during the run (exit code ${code}, signal ${signal}):\n${outputTail(started.output())}`))),
    );
    const report = await Promise.race([o.batch === null ? runLoad(target, o, sources) : runBigBatch(target, o, sources, o.batch), died]);
    console.log(report);
    const logged = outputTail(started.output()).split('\n').filter((line) => line.startsWith('{'));
    if (logged.length) say(`the server logged:\n${logged.join('\n')}`);
  } finally {
    await stop();
  }
}

main().then(
  () => process.exit(0),
  (err: Error) => {
    console.error(err.message);
    process.exit(1);
  },
);
