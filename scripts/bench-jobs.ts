// npm run bench:jobs [-- --jobs N --rounds N]   (on Postgres: tsx scripts/with-postgres.ts npm run bench:jobs)
// The jobs view and analytics at scale: a real server on a temporary DATA_DIR (no workers), N jobs
// (default 100,000) seeded into its database, then each query below sent `rounds` times through the
// HTTP API, one at a time; prints p50 / p95 / max in ms per query. The target: a filtered page of
// 100,000 jobs in under 200 ms.
import { parseArgs } from 'node:util';
import { testBackend, testDatabaseUrl } from '../e2e/support/database';
import { generateJobs, seedJobs, SEED_WORKERS } from '../e2e/support/seed-jobs';
import { removeDataDir, startServer } from '../e2e/support/server';
import type { JobPage } from '../lib/schemas/jobs';
import { summarize } from './bench/stats';

const { values } = parseArgs({ options: { jobs: { type: 'string', default: '100000' }, rounds: { type: 'string', default: '30' } } });
const jobCount = Number(values.jobs);
const rounds = Number(values.rounds);

const server = await startServer({ env: { WORKER_CONCURRENCY: '0', LOG_LEVEL: 'warn' } });
try {
  const now = new Date();
  const seed = generateJobs({ jobs: jobCount, batches: Math.max(1, Math.round(jobCount / 500)), spanMs: 6 * 86_400_000, now, seed: 42 });
  const t0 = performance.now();
  await seedJobs(await testDatabaseUrl(server.dataDir), seed);
  console.log(`${testBackend()}: seeded ${jobCount.toLocaleString('en')} jobs in ${seed.batches.length} batches in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const hourAgo = new Date(now.getTime() - 3_600_000).toISOString();
  const dayAgo = new Date(now.getTime() - 86_400_000).toISOString();
  const batch = seed.batches[Math.floor(seed.batches.length / 2)].id;
  // A cursor 20 pages deep into the failures: a deep page must cost what the first does.
  let deepCursor = '';
  for (let i = 0; i < 20; i++) {
    const page = (await (await fetch(`${server.url}/api/jobs?status=failed&limit=50${deepCursor ? `&cursor=${deepCursor}` : ''}`)).json()) as JobPage;
    deepCursor = page.next_cursor ?? deepCursor;
  }
  const queries: [string, string][] = [
    ['all, newest first', '/api/jobs?limit=50'],
    ['failed', '/api/jobs?status=failed&limit=50'],
    ['failed, 21st page (cursor)', `/api/jobs?status=failed&limit=50&cursor=${deepCursor}`],
    ['timeouts ended in the last hour', `/api/jobs?status=failed&error_type=timeout&from=${hourAgo}&time_field=finished_at&limit=50`],
    ['invoices, last day', `/api/jobs?document_type=invoice&from=${dayAgo}&limit=50`],
    ['one worker, completed', `/api/jobs?worker=${SEED_WORKERS[1]}&status=completed&limit=50`],
    ['one batch, slowest first', `/api/jobs?batch_id=${batch}&sort=processing_ms&limit=50`],
    ['all, slowest first', '/api/jobs?sort=processing_ms&limit=50'],
    ['analytics, last hour', '/api/analytics?range=hour'],
    ['analytics, last day', '/api/analytics?range=day'],
    ['analytics, last week', '/api/analytics?range=week'],
  ];
  console.log(`\n${'query'.padEnd(34)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'max ms'.padStart(8)}  answer`);
  for (const [name, path] of queries) {
    const samples: number[] = [];
    let answer = '';
    for (let i = 0; i < rounds; i++) {
      const start = performance.now();
      const response = await fetch(`${server.url}${path}`);
      const body = (await response.json()) as { total?: number; total_capped?: boolean; totals?: { documents: number } };
      samples.push(performance.now() - start);
      if (!response.ok) throw new Error(`${path}: ${response.status} ${JSON.stringify(body)}`);
      answer = body.total !== undefined ? `${body.total_capped ? 'over ' : ''}${body.total} match` : `${body.totals?.documents} documents`;
    }
    const s = summarize(samples);
    console.log(`${name.padEnd(34)} ${s.p50.toFixed(1).padStart(8)} ${s.p95.toFixed(1).padStart(8)} ${s.max.toFixed(1).padStart(8)}  ${answer}`);
  }
} finally {
  await server.stop();
  await removeDataDir(server.dataDir);
}
