// Many jobs written straight into a test server's database (SQLite file or Postgres), as the queue
// would have left them: batches, jobs of every end state with their error types, document types,
// workers, pages and times, and their runs in job_attempts. Seeded, so a run is reproducible; the
// rows are also returned, so a test computes what the API and the pages must show from the same data.
// Queued jobs get a run_at a year ahead: the server's workers never claim them (their files do not exist).
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import pg from 'pg';
import { CATEGORIES, type Category } from '../../lib/pipeline/types';
import type { ErrorType, JobStatus } from '../../lib/schemas/batch';
import { seeded } from '../../scripts/fixtures/random';

export type SeededJob = {
  id: string;
  batchId: string;
  position: number;
  status: JobStatus;
  errorType: ErrorType | null;
  documentType: Category | null;
  workerId: string | null;
  attempts: number;
  pages: number | null;
  processingMs: number | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
};
export type SeededBatch = { id: string; name: string; jobs: SeededJob[] };
export type Seeded = { batches: SeededBatch[]; jobs: SeededJob[] };

export type SeedOptions = {
  jobs: number;
  batches: number;
  /** Jobs are created within this long before `now`. */
  spanMs: number;
  now?: Date;
  seed?: number;
  /** Share of queued jobs (0..1); the rest ended. */
  queuedShare?: number;
};

export const SEED_WORKERS = ['node-a:101', 'node-b:202', 'node-c:303'] as const;
const ERRORS: { type: ErrorType; message: string }[] = [
  { type: 'timeout', message: 'Processing took longer than 600 s and was stopped.' },
  { type: 'processing_error', message: 'The PDF structure is damaged: no readable pages.' },
  { type: 'validation_error', message: 'The file is encrypted with a password.' },
];

export function generateJobs(options: SeedOptions): Seeded {
  const random = seeded(options.seed ?? 20);
  const now = (options.now ?? new Date()).getTime();
  const queuedShare = options.queuedShare ?? 0.08;
  const batches: SeededBatch[] = Array.from({ length: options.batches }, (_, i) => ({ id: `seed-b-${String(i).padStart(4, '0')}-${randomUUID().slice(0, 8)}`, name: `Seeded batch ${i + 1}`, jobs: [] }));
  const jobs: SeededJob[] = [];
  for (let i = 0; i < options.jobs; i++) {
    const batch = batches[i % batches.length];
    // Ended jobs finish at least a second before now; queued ones are simply created in the span.
    let createdAt = now - 1000 - Math.floor(random.next() * options.spanMs);
    const roll = random.next();
    const status: JobStatus = roll < queuedShare ? 'queued' : roll < queuedShare + 0.05 ? 'cancelled' : roll < queuedShare + 0.2 ? 'failed' : 'completed';
    const job: SeededJob = {
      id: `seed-j-${String(i).padStart(6, '0')}-${randomUUID().slice(0, 8)}`,
      batchId: batch.id,
      position: batch.jobs.length,
      status,
      errorType: null,
      documentType: null,
      workerId: null,
      attempts: 0,
      pages: null,
      processingMs: null,
      createdAt: new Date(createdAt),
      startedAt: null,
      finishedAt: null,
    };
    if (status === 'completed' || status === 'failed') {
      const pages = random.int(1, 30);
      const processingMs = pages * random.int(150, 2500);
      const waitMs = random.int(0, 90_000);
      const end = createdAt + waitMs + processingMs;
      if (end > now - 1000) createdAt -= end - (now - 1000);
      job.createdAt = new Date(createdAt);
      job.startedAt = new Date(createdAt + waitMs);
      job.finishedAt = new Date(createdAt + waitMs + processingMs);
      job.processingMs = processingMs;
      job.workerId = random.pick(SEED_WORKERS);
      job.attempts = 1;
      if (status === 'completed') {
        job.pages = pages;
        job.documentType = random.pick(CATEGORIES);
      } else {
        const error = random.pick(ERRORS);
        job.errorType = error.type;
        // A timeout is retried once before it fails for good.
        if (error.type === 'timeout') job.attempts = 2;
      }
    } else if (status === 'cancelled') {
      job.finishedAt = new Date(createdAt + random.int(0, 500));
      if (job.finishedAt.getTime() > now) job.finishedAt = new Date(now);
    }
    batch.jobs.push(job);
    jobs.push(job);
  }
  return { batches, jobs };
}

const errorMessage = (type: ErrorType | null) => ERRORS.find((e) => e.type === type)?.message ?? null;

function batchStatus(batch: SeededBatch): string {
  if (batch.jobs.some((j) => j.status === 'queued')) return 'processing';
  return batch.jobs.some((j) => j.status === 'failed') ? 'completed_with_errors' : 'completed';
}

type Row = (string | number | null)[];

const JOB_COLUMNS = ['id', 'batch_id', 'position', 'filename', 'storage_path', 'size_bytes', 'sha256', 'status', 'progress', 'stage', 'error', 'error_type', 'attempts', 'worker_id', 'run_at', 'pages', 'seq', 'created_at', 'updated_at', 'started_at', 'finished_at', 'processing_ms', 'document_type'];
const BATCH_COLUMNS = ['id', 'name', 'workflow', 'status', 'priority', 'total_files', 'seq', 'created_at', 'updated_at', 'started_at', 'finished_at'];
const ATTEMPT_COLUMNS = ['job_id', 'attempt', 'worker_id', 'started_at', 'loaded_at', 'extracted_at', 'analysed_at', 'finished_at', 'outcome', 'error_type', 'error'];

function rowsOf(seed: Seeded, time: (d: Date | null) => string | null) {
  const later = time(new Date(Date.now() + 365 * 86_400_000));
  const batches: Row[] = seed.batches.map((b) => {
    const first = Math.min(...b.jobs.map((j) => j.createdAt.getTime()));
    const ended = b.jobs.every((j) => j.status !== 'queued');
    const last = Math.max(...b.jobs.map((j) => j.finishedAt?.getTime() ?? 0));
    const started = b.jobs.map((j) => j.startedAt?.getTime()).filter((t): t is number => t !== undefined);
    return [b.id, b.name, 'full_extraction', batchStatus(b), 0, b.jobs.length, 0, time(new Date(first)), time(new Date()), started.length ? time(new Date(Math.min(...started))) : null, ended ? time(new Date(last)) : null];
  });
  const jobs: Row[] = seed.jobs.map((j) => [
    j.id, j.batchId, j.position, `document-${j.position + 1}.pdf`, `uploads/${j.batchId}/${j.id}.pdf`, 1000 + j.position, 'seeded', j.status,
    j.status === 'queued' ? 0 : 100, j.status === 'completed' ? 'saved' : j.status, j.status === 'cancelled' ? 'Cancelled.' : errorMessage(j.errorType), j.errorType,
    j.attempts, j.workerId, j.status === 'queued' ? later : time(j.createdAt), j.pages, 1, time(j.createdAt), time(j.finishedAt ?? j.createdAt), time(j.startedAt), time(j.finishedAt), j.processingMs, j.documentType,
  ]);
  const attempts: Row[] = [];
  for (const j of seed.jobs) {
    if (!j.startedAt || !j.finishedAt) continue;
    const start = j.startedAt.getTime();
    const span = j.finishedAt.getTime() - start;
    const at = (f: number) => time(new Date(start + Math.round(span * f)));
    if (j.attempts === 2) attempts.push([j.id, 1, SEED_WORKERS[0], time(new Date(start - 60_000)), null, null, null, time(new Date(start - 1000)), 'retrying', j.errorType, errorMessage(j.errorType)]);
    const outcome = j.status === 'completed' ? 'completed' : 'failed';
    attempts.push([j.id, j.attempts, j.workerId ?? SEED_WORKERS[0], time(j.startedAt), at(0.1), at(0.6), outcome === 'completed' ? at(0.9) : null, time(j.finishedAt), outcome, j.errorType, errorMessage(j.errorType)]);
  }
  return { batches, jobs, attempts };
}

/** Writes the rows into the database of a running (or stopped) server; its schema must be migrated. */
export async function seedJobs(databaseUrl: string, seed: Seeded): Promise<void> {
  if (databaseUrl.startsWith('file:')) {
    const db = new Database(databaseUrl.slice('file:'.length));
    try {
      db.pragma('busy_timeout = 10000');
      const { batches, jobs, attempts } = rowsOf(seed, (d) => (d ? d.toISOString().replace('Z', '+00:00') : null));
      const insert = (table: string, columns: string[]) => db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
      const batch = insert('batches', BATCH_COLUMNS);
      const job = insert('jobs', JOB_COLUMNS);
      const attempt = insert('job_attempts', ATTEMPT_COLUMNS);
      db.transaction(() => {
        for (const row of batches) batch.run(...row);
        for (const row of jobs) job.run(...row);
        for (const row of attempts) attempt.run(...row);
      })();
    } finally {
      db.close();
    }
    return;
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // timestamp(3) columns hold UTC without a zone: an ISO text's zone is ignored on input.
    const { batches, jobs, attempts } = rowsOf(seed, (d) => (d ? d.toISOString() : null));
    await client.query('BEGIN');
    for (const [table, columns, rows] of [['batches', BATCH_COLUMNS, batches], ['jobs', JOB_COLUMNS, jobs], ['job_attempts', ATTEMPT_COLUMNS, attempts]] as const) {
      const per = Math.floor(30_000 / columns.length);
      for (let i = 0; i < rows.length; i += per) {
        const part = rows.slice(i, i + per);
        const values = part.map((_, r) => `(${columns.map((_, c) => `$${r * columns.length + c + 1}`).join(', ')})`).join(', ');
        await client.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values}`, part.flat());
      }
    }
    await client.query('COMMIT');
    await client.query('ANALYZE jobs');
  } finally {
    await client.end();
  }
}
