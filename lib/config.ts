// The environment, parsed and checked once. Every setting the app reads lives here (and in README).
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { parseTokenList, tokenProblem } from './auth/tokens';
import { machineMemory, memoryBudgetBytes } from './runtime/machine-memory';
import { processShared } from './runtime/process-shared';
import { isLanguageCode } from './pipeline/ocr/languages';
import { OCR_MODES, workflowSchema, type OcrMode, type Workflow } from './schemas/batch';

const int = (fallback: number, min: number, max: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

const bool = (fallback: boolean) =>
  z
    .string()
    .default(String(fallback))
    .transform((v) => v.trim().toLowerCase())
    .pipe(z.enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'], { message: 'use true or false' }))
    .transform((v) => v === 'true' || v === '1' || v === 'yes' || v === 'on');

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const envSchema = z.object({
  PORT: int(3000, 0, 65535),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .optional()
    .refine((v) => !v || /^(file:|postgres(ql)?:\/\/)/.test(v), { message: 'use file:<path> (SQLite) or postgresql://user:password@host:port/database' }),
  WORKER_CONCURRENCY: int(Math.min(4, os.availableParallelism()), 0, 64),
  WORKER_ID: z.string().min(1).optional(),
  // Sizes are stored as 32-bit integers (Postgres `integer`), and a ZIP entry holds under 4 GiB.
  MAX_FILE_MB: int(50, 1, 2047),
  MAX_FILES_PER_BATCH: int(1000, 1, 100_000),
  MAX_BATCH_MB: int(2048, 1, 1_048_576),
  MAX_PAGES: int(500, 1, 1_000_000),
  // Default: 120 s, or 600 s while OCR is on (a 300-dpi page costs 2-5 s of CPU; see parseConfig).
  JOB_TIMEOUT_S: z.coerce.number().int().min(1).max(86_400).optional(),
  OCR: z
    .string()
    .default('auto')
    .transform((v) => v.trim().toLowerCase())
    .pipe(z.enum(OCR_MODES, { message: `use one of ${OCR_MODES.join(', ')}` })),
  OCR_LANGUAGES: z
    .string()
    .default('eng')
    .transform((v) => v.split(/[+,\s]+/).filter(Boolean))
    .refine((codes) => codes.length > 0 && codes.every(isLanguageCode), { message: 'use Tesseract language codes separated by + or commas (eng, eng+deu)' }),
  OCR_CONCURRENCY: z.coerce.number().int().min(1).max(64).optional(),
  THREAD_IDLE_S: z.coerce.number().int().min(0).max(86_400).default(60),
  WORKER_MEMORY_MB: int(512, 64, 65_536),
  LEASE_S: int(30, 5, 3600),
  MAX_ATTEMPTS: int(3, 1, 100),
  RETRY_BACKOFF_S: int(10, 0, 86_400),
  RETENTION_DAYS: int(0, 0, 36_500),
  SHUTDOWN_GRACE_S: int(10, 0, 3600),
  DEDUPLICATE: bool(true),
  WATCH_DIR: z.string().optional(),
  WATCH_POLL_S: int(5, 1, 3600),
  WATCH_WORKFLOW: workflowSchema.default('full_extraction'),
  WEBHOOK_URL: z
    .string()
    .optional()
    .refine((v) => !v || /^https?:\/\/[^\s]+$/i.test(v), { message: 'use an http:// or https:// address' })
    .refine((v) => !v || URL.canParse(v), { message: 'not a valid URL' }),
  WEBHOOK_SECRET: z.string().optional(),
  WEBHOOK_MAX_ATTEMPTS: int(5, 1, 20),
  LOG_LEVEL: z
    .string()
    .default('info')
    .transform((v) => v.trim().toLowerCase())
    .pipe(z.enum(LOG_LEVELS, { message: `use one of ${LOG_LEVELS.join(', ')}` })),
  METRICS_ENABLED: bool(true),
  MIN_FREE_DISK_MB: int(100, 0, 1_000_000_000),
  // Set but holding no token ("", ",", " ") would silently mean "no authentication": refused.
  AUTH_TOKEN: z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      if (value !== undefined && parseTokenList(value).length === 0) {
        ctx.addIssue({ code: 'custom', message: 'set but holds no token: give at least one token, or unset AUTH_TOKEN to turn authentication off' });
      }
    })
    .transform(parseTokenList)
    .superRefine((tokens, ctx) => {
      for (const problem of new Set(tokens.map(tokenProblem))) if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  RATE_LIMIT_UPLOADS: int(600, 0, 1_000_000),
  RATE_LIMIT_WINDOW_S: int(60, 1, 86_400),
  // false: no proxy; true: one; a number: that many proxies in a row, each appending to X-Forwarded-For.
  TRUST_PROXY: z
    .string()
    .default('false')
    .transform((v) => v.trim().toLowerCase())
    .refine((v) => /^(true|yes|on|false|no|off|\d|10)$/.test(v), { message: 'use false, true or the number of proxies in front (0-10)' })
    .transform((v) => (['true', 'yes', 'on'].includes(v) ? 1 : ['false', 'no', 'off'].includes(v) ? 0 : Number(v))),
  MAX_QUEUED_JOBS: int(100_000, 0, 100_000_000),
  HTTP_MAX_CONNECTIONS: int(1000, 0, 1_000_000),
  HTTP_HEADERS_TIMEOUT_S: int(20, 1, 3600),
  HTTP_REQUEST_TIMEOUT_S: int(300, 0, 86_400),
  HTTP_IDLE_TIMEOUT_S: int(60, 0, 86_400),
  SMTP_URL: z
    .string()
    .optional()
    .refine((v) => !v || (/^smtps?:\/\/[^\s]+$/i.test(v) && URL.canParse(v)), { message: 'use smtp://user:password@host:587 or smtps://user:password@host:465' }),
  NOTIFY_EMAIL: z
    .string()
    .optional()
    .refine((v) => !v || z.email().safeParse(v.trim()).success, { message: 'not an e-mail address' }),
  EMAIL_FROM: z.string().min(3).optional(),
  EMAIL_MAX_ATTEMPTS: int(5, 1, 20),
  PUBLIC_URL: z
    .string()
    .optional()
    .refine((v) => !v || (/^https?:\/\/[^\s]+$/i.test(v) && URL.canParse(v)), { message: 'use the address people open, e.g. https://pdf.example.com' }),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  uploadsDir: string;
  databaseUrl: string;
  workerConcurrency: number;
  workerId: string;
  maxFileBytes: number;
  maxFilesPerBatch: number;
  /** An upload whose body is larger than this is refused whole (413). */
  maxBatchBytes: number;
  maxPages: number;
  jobTimeoutMs: number;
  workerMemoryMb: number;
  leaseMs: number;
  maxAttempts: number;
  retryBackoffMs: number;
  /** Finished batches older than this are deleted; 0 keeps them forever. */
  retentionDays: number;
  /** On SIGTERM, how long running jobs may take to finish before they are handed back. */
  shutdownGraceMs: number;
  /** A file with the same SHA-256 as an earlier one of its batch takes that one's outcome instead of running again. */
  deduplicate: boolean;
  /** PDFs placed in this folder become a batch (lib/watch); null: no watched folder. */
  watchDir: string | null;
  watchPollMs: number;
  watchWorkflow: Workflow;
  /** Receives a signed POST when a batch ends (lib/webhooks); null: no webhook. */
  webhookUrl: string | null;
  webhookSecret: string | null;
  webhookMaxAttempts: number;
  logLevel: LogLevel;
  /** GET /metrics answers (Prometheus text); false: 404. */
  metricsEnabled: boolean;
  /**
   * Free space DATA_DIR keeps: an upload that would leave less gets 503, and below it /api/health
   * answers 503 (degraded). 0: not checked.
   */
  minFreeDiskBytes: number;
  /** Tokens that open the API and the pages (lib/auth, server/guard.ts); empty: no authentication. */
  authTokens: string[];
  /** Uploads a client may start per window (lib/uploads/rate-limit.ts); 0: no limit. Per process. */
  rateLimitUploads: number;
  rateLimitWindowMs: number;
  /**
   * Reverse proxies in front of this server (0: none). With N, the client is the Nth X-Forwarded-For
   * address from the right, and X-Forwarded-Host and X-Forwarded-Proto are believed; with 0 they are
   * removed from every request (server/guard.ts).
   */
  trustProxy: number;
  /** New uploads get 503 while more jobs than this are queued; 0: no limit. */
  maxQueuedJobs: number;
  /** OCR for batches that do not choose: auto (pages without a usable text layer), off, force (every page). */
  ocrMode: OcrMode;
  /** Tesseract models OCR reads with, all at once ("eng", "eng+deu"). */
  ocrLanguages: string[];
  /** Pages OCRed at once in this process, across its PDF threads. */
  ocrConcurrency: number;
  /** A PDF thread idle this long ends (its memory goes back) and starts again with the next document; 0: never. */
  threadIdleMs: number;
  /** Open connections the HTTP server holds; more are closed at once (0: no limit). */
  httpMaxConnections: number;
  /** A client must have sent its request headers within this (else 408 and closed). */
  httpHeadersTimeoutMs: number;
  /** A client must have sent its whole request, body included, within this (0: no limit). */
  httpRequestTimeoutMs: number;
  /** A connection on which nothing moves for this long is closed (0: never). */
  httpIdleTimeoutMs: number;
  /** Batch-end e-mails are sent through this server (lib/email); null: no e-mail. */
  smtpUrl: string | null;
  /** Where a batch's end is e-mailed when it names no address of its own; null: only such batches. */
  notifyEmail: string | null;
  emailFrom: string;
  emailMaxAttempts: number;
  /** The address people open the app at (links in e-mails), without a trailing slash; null: unknown. */
  publicUrl: string | null;
};

/** JOB_TIMEOUT_S's default without OCR, and with it (ten pages of OCR at 2-5 s each, with room). */
export const JOB_TIMEOUT_DEFAULT_S = 120;
export const JOB_TIMEOUT_OCR_DEFAULT_S = 600;

export class ConfigError extends Error {}

export function parseConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  if (e.NOTIFY_EMAIL && !e.SMTP_URL) throw new ConfigError('Invalid configuration: NOTIFY_EMAIL is set without SMTP_URL: set SMTP_URL (the mail server to send through) or unset NOTIFY_EMAIL');
  const dataDir = path.resolve(e.DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    uploadsDir: path.join(dataDir, 'uploads'),
    databaseUrl: e.DATABASE_URL || `file:${path.join(dataDir, 'pdf-batch.db')}`,
    workerConcurrency: e.WORKER_CONCURRENCY,
    // A random part too: containers sharing a hostname all run as pid 1, and two workers with one
    // id would hand back each other's jobs on shutdown. One per process (route handlers included).
    workerId: e.WORKER_ID ?? `${os.hostname()}-${process.pid}-${processShared('instance-suffix', () => randomBytes(3).toString('hex'))}`,
    maxFileBytes: e.MAX_FILE_MB * 1024 * 1024,
    maxFilesPerBatch: e.MAX_FILES_PER_BATCH,
    maxBatchBytes: e.MAX_BATCH_MB * 1024 * 1024,
    maxPages: e.MAX_PAGES,
    jobTimeoutMs: (e.JOB_TIMEOUT_S ?? (e.OCR === 'off' ? JOB_TIMEOUT_DEFAULT_S : JOB_TIMEOUT_OCR_DEFAULT_S)) * 1000,
    workerMemoryMb: e.WORKER_MEMORY_MB,
    leaseMs: e.LEASE_S * 1000,
    maxAttempts: e.MAX_ATTEMPTS,
    retryBackoffMs: e.RETRY_BACKOFF_S * 1000,
    retentionDays: e.RETENTION_DAYS,
    shutdownGraceMs: e.SHUTDOWN_GRACE_S * 1000,
    deduplicate: e.DEDUPLICATE,
    watchDir: e.WATCH_DIR ? path.resolve(e.WATCH_DIR) : null,
    watchPollMs: e.WATCH_POLL_S * 1000,
    watchWorkflow: e.WATCH_WORKFLOW,
    webhookUrl: e.WEBHOOK_URL || null,
    webhookSecret: e.WEBHOOK_SECRET || null,
    webhookMaxAttempts: e.WEBHOOK_MAX_ATTEMPTS,
    logLevel: e.LOG_LEVEL,
    metricsEnabled: e.METRICS_ENABLED,
    minFreeDiskBytes: e.MIN_FREE_DISK_MB * 1024 * 1024,
    authTokens: e.AUTH_TOKEN,
    rateLimitUploads: e.RATE_LIMIT_UPLOADS,
    rateLimitWindowMs: e.RATE_LIMIT_WINDOW_S * 1000,
    trustProxy: e.TRUST_PROXY,
    maxQueuedJobs: e.MAX_QUEUED_JOBS,
    ocrMode: e.OCR,
    ocrLanguages: e.OCR_LANGUAGES,
    ocrConcurrency: e.OCR_CONCURRENCY ?? defaultOcrConcurrency(e.WORKER_CONCURRENCY),
    threadIdleMs: e.THREAD_IDLE_S * 1000,
    httpMaxConnections: e.HTTP_MAX_CONNECTIONS,
    httpHeadersTimeoutMs: e.HTTP_HEADERS_TIMEOUT_S * 1000,
    httpRequestTimeoutMs: e.HTTP_REQUEST_TIMEOUT_S * 1000,
    httpIdleTimeoutMs: e.HTTP_IDLE_TIMEOUT_S * 1000,
    smtpUrl: e.SMTP_URL || null,
    notifyEmail: e.NOTIFY_EMAIL?.trim() || null,
    emailFrom: e.EMAIL_FROM || `pdf-batch <pdf-batch@${os.hostname()}>`,
    emailMaxAttempts: e.EMAIL_MAX_ATTEMPTS,
    publicUrl: e.PUBLIC_URL ? e.PUBLIC_URL.replace(/\/+$/, '') : null,
  };
}

/** Bytes of the machine's (or container's) memory per OCR engine by default: an engine holds about 150 MB and the page it reads about 90 MB more while it is drawn (docs/benchmarks.md). */
export const MEMORY_PER_OCR_ENGINE = 2 ** 30;

/**
 * OCR_CONCURRENCY's default: each page read keeps a core busy and its engine holds about 150 MB:
 * one per core, at most one per PDF thread and one per GB of memory the process may use, at least one.
 */
export function defaultOcrConcurrency(threads: number, cores = os.availableParallelism(), budgetBytes = memoryBudgetBytes(machineMemory())): number {
  return Math.max(1, Math.min(threads, cores, Math.floor(budgetBytes / MEMORY_PER_OCR_ENGINE)));
}

let cached: Config | undefined;

/** The process-wide configuration, parsed from the environment on first use. */
export function config(): Config {
  cached ??= parseConfig();
  return cached;
}
