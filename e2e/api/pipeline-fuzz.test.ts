// A seeded fuzz run of the real pipeline: a few hundred mutations (byte flips, chunks deleted or
// duplicated, truncations) of real PDFs (the generated corpus and the PDFs shipped on this
// machine) through the worker-thread pool with its time and memory limits. Every case must
// settle in time to a result or a classified failure, no thread may crash, and the process's
// memory must stay bounded.
//   FUZZ_SEED=<n> (default 8; "random" for a new one, printed)  FUZZ_CASES=<n> (default 400)
//   FUZZ_VERBOSE=1 prints every failure message
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { ThreadPool, type Outcome } from '../../lib/pipeline/thread-pool';
import { seeded } from '../../scripts/fixtures/random';
import { mutate, type Mutation } from '../support/mutate';
import { generatedCorpus, generatedDir, hostileCorpus, SHIPPED_PDFS } from '../support/pdfs';

const seed = process.env.FUZZ_SEED === 'random' ? Date.now() % 1_000_000 : Number(process.env.FUZZ_SEED ?? 8);
const cases = Number(process.env.FUZZ_CASES ?? 400);
const THREADS = 2;
const TIME_LIMIT_MS = 8000;
const MEMORY_MB = 256;
/** A case must settle by then: the pool's own clock ends a thread at TIME_LIMIT_MS. */
const SETTLE_MS = TIME_LIMIT_MS + 10_000;
const MAX_RSS_BYTES = 3 * 1024 ** 3;
/** Failures that say what was wrong with the document; anything else is a crash of the pipeline. */
const CLASSIFIED = new Set(['validation_error', 'processing_error', 'timeout']);

type Case = { n: number; source: string; mutations: Mutation[]; file: string };
type Finding = { case: Case; problem: string };

let pool: ThreadPool;
let dir: string;

before(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'pdf-batch-fuzz-'));
  pool = new ThreadPool({ size: THREADS, memoryMb: MEMORY_MB, timeoutMs: TIME_LIMIT_MS });
});
after(async () => {
  await pool?.close();
  await rm(dir, { recursive: true, force: true });
});

async function sources(): Promise<{ name: string; bytes: Buffer }[]> {
  const corpus = await generatedCorpus();
  // The files that open (a mutation of a file that never opens tests little), not the one built to
  // time out; and the hostile PDFs written by hand (classic xref, plain objects), but not the bomb.
  const hostile = (await hostileCorpus()).filter((e) => 'job' in e.expect && e.file !== 'zip-bomb.pdf');
  const files = [...corpus.filter((e) => e.expect === 'ok').map((e) => path.join(generatedDir, e.file)), ...SHIPPED_PDFS, ...hostile.map((e) => e.path)];
  return Promise.all(files.map(async (file) => ({ name: path.basename(file), bytes: await readFile(file) })));
}

/** Runs a case on the pool, never longer than SETTLE_MS. */
async function runCase(c: Case): Promise<Outcome | 'hung'> {
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<'hung'>((resolve) => (timer = setTimeout(() => resolve('hung'), SETTLE_MS)));
  const run = pool.run({ type: 'run', jobId: `fuzz-${c.n}`, file: c.file, workflow: 'full_extraction', maxPages: 500 }, () => {});
  try {
    return await Promise.race([run, hung]);
  } finally {
    clearTimeout(timer);
  }
}

test(`the pipeline survives ${cases} mutated PDFs (seed ${seed})`, { timeout: 600_000 }, async () => {
  const started = Date.now();
  const r = seeded(seed);
  const pdfs = await sources();
  assert.ok(pdfs.length >= 10, 'there are real PDFs to mutate');
  console.log(`fuzz: seed ${seed} (FUZZ_SEED), ${cases} cases from ${pdfs.length} PDFs, ${THREADS} threads, ${TIME_LIMIT_MS / 1000} s and ${MEMORY_MB} MB each`);

  let peakRss = process.memoryUsage.rss();
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 100);
  const tally = new Map<string, number>();
  const findings: Finding[] = [];
  let next = 0;

  const lane = async () => {
    while (next < cases) {
      const n = next++;
      const source = r.pick(pdfs);
      const { bytes, mutations } = mutate(source.bytes, r);
      const c: Case = { n, source: source.name, mutations, file: path.join(dir, `case-${n}.pdf`) };
      await writeFile(c.file, bytes);
      const outcome = await runCase(c);
      await rm(c.file, { force: true });
      const label = outcome === 'hung' ? 'hung' : outcome.ok ? 'completed' : outcome.errorType;
      tally.set(label, (tally.get(label) ?? 0) + 1);
      if (process.env.FUZZ_VERBOSE && outcome !== 'hung' && !outcome.ok) console.log('fuzz-msg', c.source, outcome.message.slice(0, 90));
      if (outcome === 'hung') findings.push({ case: c, problem: `did not settle in ${SETTLE_MS} ms` });
      else if (!outcome.ok && !CLASSIFIED.has(outcome.errorType)) findings.push({ case: c, problem: `${outcome.errorType}: ${outcome.message}` });
      else if (!outcome.ok && /PDF worker failed|stopped unexpectedly/.test(outcome.message)) findings.push({ case: c, problem: `thread crashed: ${outcome.message}` });
      else if (!outcome.ok && (outcome.message.includes('    at ') || !outcome.message)) findings.push({ case: c, problem: `no message for a person: ${outcome.message}` });
    }
  };
  await Promise.all(Array.from({ length: THREADS }, lane));
  clearInterval(sampler);

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const mb = Math.round(peakRss / 1024 / 1024);
  console.log(`fuzz: ${cases} cases in ${seconds} s, peak RSS ${mb} MB, outcomes ${JSON.stringify(Object.fromEntries(tally))}`);
  for (const f of findings) console.log(`fuzz: case ${f.case.n} (${f.case.source}, ${JSON.stringify(f.case.mutations)}): ${f.problem}`);
  assert.deepEqual(findings.map((f) => `case ${f.case.n}: ${f.problem}`), [], `replay with FUZZ_SEED=${seed}`);
  assert.ok(peakRss < MAX_RSS_BYTES, `peak RSS ${mb} MB`);
  assert.equal(pool.size, THREADS, 'every ended thread was replaced');
});
