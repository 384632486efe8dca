// npm run bench -- --scale-out [--threads N] [--pages N]
// Pages/s of full_extraction with 1, 2 and 4 worker processes on Postgres (one web node without
// workers, the threads split evenly between the processes) against one server on SQLite with the
// same total threads, all on the same corpus in one run, printed as a table. Postgres is a
// throwaway server (scripts/support/temp-postgres.ts).
import os from 'node:os';
import path from 'node:path';
import { rm } from 'node:fs/promises';
import { makeDataDir, removeDataDir, startServer, startWorker, type TestServer, type TestWorker } from '../../e2e/support/server';
import { startTempPostgres, type TempPostgres } from '../support/temp-postgres';
import { buildCorpus, type Corpus } from './corpus';
import { BENCH_LIMITS } from './server-limits';
import { runSystem, type SystemPass } from './system';

export type ScaleOutOptions = { threads: number; minPages: number; folders: string[]; generated: boolean; repeat?: number };

const PROCESS_COUNTS = [1, 2, 4];
const say = (message: string) => process.stderr.write(`[bench] ${message}\n`);

type Row = { setup: string; processes: number; threadsEach: number; pass: SystemPass };

async function measure(server: TestServer, corpus: Corpus, label: string): Promise<SystemPass> {
  const pid = server.process.pid as number;
  const warm = corpus.files.filter((f) => corpus.warmup.includes(f.path));
  await runSystem({ url: server.url, pid }, warm, 'full_extraction', `warmup-${label}`);
  return runSystem({ url: server.url, pid }, corpus.files, 'full_extraction', label);
}

async function onSqlite(corpus: Corpus, threads: number): Promise<Row> {
  const server = await startServer({ env: { ...BENCH_LIMITS, WORKER_CONCURRENCY: String(threads) } });
  try {
    return { setup: 'SQLite, one server', processes: 1, threadsEach: threads, pass: await measure(server, corpus, 'sqlite') };
  } finally {
    await server.stop();
    await removeDataDir(server.dataDir);
  }
}

async function onPostgres(postgres: TempPostgres, corpus: Corpus, processes: number, threads: number): Promise<Row> {
  const threadsEach = Math.max(1, Math.round(threads / processes));
  const dataDir = await makeDataDir();
  const databaseUrl = await postgres.createDatabase('bench');
  const web = await startServer({ dataDir, env: { ...BENCH_LIMITS, DATABASE_URL: databaseUrl, WORKER_CONCURRENCY: '0' } });
  const workers: TestWorker[] = [];
  try {
    workers.push(
      ...(await Promise.all(
        Array.from({ length: processes }, (_, i) =>
          startWorker({ dataDir, databaseUrl, env: { ...BENCH_LIMITS, WORKER_ID: `bench-${i + 1}`, WORKER_CONCURRENCY: String(threadsEach) } }),
        ),
      )),
    );
    const pass = await measure(web, corpus, `postgres-${processes}`);
    return { setup: `Postgres, ${processes} worker process${processes > 1 ? 'es' : ''}`, processes, threadsEach, pass };
  } finally {
    await Promise.all(workers.map((w) => w.stop()));
    await web.stop();
    await removeDataDir(dataDir);
  }
}

function formatTable(rows: Row[], sqlite: Row): string {
  const lines = [
    '| setup | processes x threads | documents | pages | seconds | pages/s | vs SQLite |',
    '|---|---|---:|---:|---:|---:|---:|',
  ];
  for (const row of [sqlite, ...rows]) {
    const p = row.pass;
    const ratio = p.pagesPerSecond / sqlite.pass.pagesPerSecond;
    const failed = p.failed ? ` (${p.failed} failed)` : '';
    lines.push(
      `| ${row.setup} | ${row.processes} x ${row.threadsEach} | ${p.documents}${failed} | ${p.pages} | ${p.seconds.toFixed(2)} | ${p.pagesPerSecond.toFixed(1)} | ${ratio.toFixed(2)}x |`,
    );
  }
  return lines.join('\n');
}

export async function runScaleOut(options: ScaleOutOptions): Promise<void> {
  const workDir = path.join(os.tmpdir(), 'pdf-batch-bench-scale-out');
  const corpus = await buildCorpus({ workDir, folders: options.folders, generated: options.generated, repeat: options.repeat, minPages: options.minPages, threads: options.threads });
  const totalPages = corpus.files.reduce((sum, f) => sum + f.pages, 0);
  say(`corpus: ${corpus.files.length} documents, ${totalPages} pages; ${options.threads} threads in total per setup`);
  const postgres = await startTempPostgres();
  try {
    const sqlite = await onSqlite(corpus, options.threads);
    say(`SQLite: ${sqlite.pass.pagesPerSecond.toFixed(1)} pages/s`);
    const rows: Row[] = [];
    for (const processes of PROCESS_COUNTS) {
      const row = await onPostgres(postgres, corpus, processes, options.threads);
      say(`${row.setup}: ${row.pass.pagesPerSecond.toFixed(1)} pages/s`);
      rows.push(row);
    }
    for (const row of [sqlite, ...rows]) for (const error of row.pass.errors) say(`failed (${row.setup}): ${error}`);
    console.log(`Scale-out, full_extraction, ${os.availableParallelism()} cores, load average ${os.loadavg()[0].toFixed(1)} at the end\n`);
    console.log(formatTable(rows, sqlite));
  } finally {
    await postgres.stop();
    await rm(path.join(workDir, 'copies'), { recursive: true, force: true });
  }
}
