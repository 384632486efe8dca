import assert from 'node:assert/strict';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { ConfigError, defaultOcrConcurrency, parseConfig } from './config';

test('defaults: localhost, ./data, SQLite inside it, workers up to 4', () => {
  const cfg = parseConfig({});
  assert.equal(cfg.host, '127.0.0.1');
  assert.equal(cfg.port, 3000);
  assert.equal(cfg.dataDir, path.resolve('data'));
  assert.equal(cfg.databaseUrl, `file:${path.resolve('data', 'pdf-batch.db')}`);
  assert.equal(cfg.workerConcurrency, Math.min(4, os.availableParallelism()));
  assert.equal(cfg.maxFileBytes, 50 * 1024 * 1024);
  // OCR is on by default, and OCR pages cost seconds each: the limit is 600 s (120 s with OCR=off).
  assert.equal(cfg.jobTimeoutMs, 600_000);
  assert.equal(cfg.deduplicate, true);
  assert.equal(cfg.watchDir, null);
  assert.equal(cfg.watchPollMs, 5000);
  assert.equal(cfg.watchWorkflow, 'full_extraction');
  assert.equal(cfg.webhookUrl, null);
  assert.equal(cfg.webhookSecret, null);
  assert.equal(cfg.webhookMaxAttempts, 5);
});

test('reads every setting from the environment', () => {
  const cfg = parseConfig({ PORT: '8080', DATA_DIR: '/srv/pdf', WORKER_CONCURRENCY: '0', MAX_FILE_MB: '5', JOB_TIMEOUT_S: '9' });
  assert.equal(cfg.port, 8080);
  assert.equal(cfg.uploadsDir, '/srv/pdf/uploads');
  assert.equal(cfg.databaseUrl, 'file:/srv/pdf/pdf-batch.db');
  assert.equal(cfg.workerConcurrency, 0);
  assert.equal(cfg.maxFileBytes, 5 * 1024 * 1024);
  assert.equal(cfg.jobTimeoutMs, 9000);
});

test('DEDUPLICATE takes true/false (and 1/0, yes/no, on/off); anything else is refused', () => {
  assert.equal(parseConfig({ DEDUPLICATE: 'false' }).deduplicate, false);
  assert.equal(parseConfig({ DEDUPLICATE: '0' }).deduplicate, false);
  assert.equal(parseConfig({ DEDUPLICATE: 'TRUE' }).deduplicate, true);
  assert.throws(() => parseConfig({ DEDUPLICATE: 'maybe' }), /DEDUPLICATE/);
});

test('a bad value stops the start with the setting named', () => {
  assert.throws(() => parseConfig({ PORT: 'eighty' }), (err) => err instanceof ConfigError && /PORT/.test(err.message));
  assert.throws(() => parseConfig({ WORKER_CONCURRENCY: '-1' }), /WORKER_CONCURRENCY/);
});

test('the watched folder: WATCH_DIR resolved, WATCH_POLL_S in seconds, WATCH_WORKFLOW one of the workflows', () => {
  const cfg = parseConfig({ WATCH_DIR: 'inbox', WATCH_POLL_S: '2', WATCH_WORKFLOW: 'text_only' });
  assert.equal(cfg.watchDir, path.resolve('inbox'));
  assert.equal(cfg.watchPollMs, 2000);
  assert.equal(cfg.watchWorkflow, 'text_only');
  assert.throws(() => parseConfig({ WATCH_WORKFLOW: 'ocr' }), /WATCH_WORKFLOW/);
  assert.throws(() => parseConfig({ WATCH_POLL_S: '0' }), /WATCH_POLL_S/);
});

test('webhooks: WEBHOOK_URL must be http(s), WEBHOOK_SECRET and WEBHOOK_MAX_ATTEMPTS are read', () => {
  const cfg = parseConfig({ WEBHOOK_URL: 'https://hooks.example.com/pdf', WEBHOOK_SECRET: 's3cret', WEBHOOK_MAX_ATTEMPTS: '3' });
  assert.equal(cfg.webhookUrl, 'https://hooks.example.com/pdf');
  assert.equal(cfg.webhookSecret, 's3cret');
  assert.equal(cfg.webhookMaxAttempts, 3);
  assert.throws(() => parseConfig({ WEBHOOK_URL: 'ftp://example.com' }), /WEBHOOK_URL/);
  assert.throws(() => parseConfig({ WEBHOOK_MAX_ATTEMPTS: '0' }), /WEBHOOK_MAX_ATTEMPTS/);
});

test('LOG_LEVEL takes the pino levels (any case) and refuses anything else, naming the setting', () => {
  assert.equal(parseConfig({}).logLevel, 'info');
  assert.equal(parseConfig({ LOG_LEVEL: 'DEBUG' }).logLevel, 'debug');
  assert.equal(parseConfig({ LOG_LEVEL: 'silent' }).logLevel, 'silent');
  assert.throws(() => parseConfig({ LOG_LEVEL: 'verbose' }), /LOG_LEVEL: use one of fatal, error, warn, info, debug, trace, silent/);
});

test('METRICS_ENABLED is on unless turned off; MIN_FREE_DISK_MB in megabytes', () => {
  assert.equal(parseConfig({}).metricsEnabled, true);
  assert.equal(parseConfig({ METRICS_ENABLED: 'false' }).metricsEnabled, false);
  assert.throws(() => parseConfig({ METRICS_ENABLED: 'sometimes' }), /METRICS_ENABLED/);
  assert.equal(parseConfig({ MIN_FREE_DISK_MB: '10' }).minFreeDiskBytes, 10 * 1024 * 1024);
});

test('AUTH_TOKEN: none by default, a comma-separated list, a token with a space refused without showing it', () => {
  assert.deepEqual(parseConfig({}).authTokens, []);
  assert.deepEqual(parseConfig({ AUTH_TOKEN: 'abc123def456ghi7, jkl012mno345pqr6' }).authTokens, ['abc123def456ghi7', 'jkl012mno345pqr6']);
  assert.throws(
    () => parseConfig({ AUTH_TOKEN: 'secret with space' }),
    (err: unknown) => err instanceof ConfigError && /AUTH_TOKEN: a token may hold printable ASCII/.test(err.message) && !err.message.includes('secret'),
  );
});

test('AUTH_TOKEN: a token shorter than 16 characters stops the start, without showing it', () => {
  assert.deepEqual(parseConfig({ AUTH_TOKEN: '0123456789abcdef' }).authTokens, ['0123456789abcdef']);
  for (const value of ['short-token', '0123456789abcdef,tooshort']) {
    assert.throws(
      () => parseConfig({ AUTH_TOKEN: value }),
      (err: unknown) => err instanceof ConfigError && /AUTH_TOKEN: a token must have at least 16 characters/.test(err.message) && !err.message.includes('short'),
      value,
    );
  }
});

test('AUTH_TOKEN set but holding no token stops the start instead of turning authentication off', () => {
  for (const value of ['', ',', ' ', ' , ,']) {
    assert.throws(() => parseConfig({ AUTH_TOKEN: value }), (err: unknown) => err instanceof ConfigError && /AUTH_TOKEN: set but holds no token/.test(err.message), JSON.stringify(value));
  }
});

test('TRUST_PROXY: off, true (one proxy) or the number of trusted proxies', () => {
  assert.equal(parseConfig({}).trustProxy, 0);
  for (const [value, hops] of [['false', 0], ['0', 0], ['no', 0], ['true', 1], ['yes', 1], ['1', 1], ['2', 2], [' 3 ', 3]] as const) {
    assert.equal(parseConfig({ TRUST_PROXY: value }).trustProxy, hops, value);
  }
  for (const value of ['maybe', '-1', '1.5', '100']) assert.throws(() => parseConfig({ TRUST_PROXY: value }), /TRUST_PROXY/, value);
});

test('the upload door: rate limit, queue and disk thresholds', () => {
  const defaults = parseConfig({});
  assert.deepEqual(
    [defaults.rateLimitUploads, defaults.rateLimitWindowMs, defaults.trustProxy, defaults.maxQueuedJobs, defaults.minFreeDiskBytes],
    [600, 60_000, 0, 100_000, 100 * 1024 * 1024],
  );
  const set = parseConfig({ RATE_LIMIT_UPLOADS: '0', RATE_LIMIT_WINDOW_S: '10', TRUST_PROXY: 'true', MAX_QUEUED_JOBS: '5', MIN_FREE_DISK_MB: '0' });
  assert.deepEqual([set.rateLimitUploads, set.rateLimitWindowMs, set.trustProxy, set.maxQueuedJobs, set.minFreeDiskBytes], [0, 10_000, 1, 5, 0]);
  assert.throws(() => parseConfig({ RATE_LIMIT_WINDOW_S: '0' }), ConfigError);
});

test('OCR: auto by default with eng; off lowers the default time limit; bad values are refused', () => {
  const cfg = parseConfig({});
  assert.equal(cfg.ocrMode, 'auto');
  assert.deepEqual(cfg.ocrLanguages, ['eng']);
  assert.ok(cfg.ocrConcurrency >= 1);
  assert.equal(parseConfig({ OCR: 'off' }).jobTimeoutMs, 120_000);
  assert.equal(parseConfig({ OCR: 'off', JOB_TIMEOUT_S: '30' }).jobTimeoutMs, 30_000);
  assert.equal(parseConfig({ OCR: ' FORCE ' }).ocrMode, 'force');
  assert.deepEqual(parseConfig({ OCR_LANGUAGES: 'eng+deu, fra' }).ocrLanguages, ['eng', 'deu', 'fra']);
  assert.equal(parseConfig({ OCR_CONCURRENCY: '3' }).ocrConcurrency, 3);
  assert.throws(() => parseConfig({ OCR: 'sometimes' }), /OCR/);
  assert.throws(() => parseConfig({ OCR_LANGUAGES: 'english' }), /OCR_LANGUAGES/);
  assert.throws(() => parseConfig({ OCR_CONCURRENCY: '0' }), /OCR_CONCURRENCY/);
  // The default: one engine per core, per PDF thread and per GB the process may use, at least one.
  const GB = 2 ** 30;
  assert.equal(defaultOcrConcurrency(2, 2, 16 * GB), 2);
  assert.equal(defaultOcrConcurrency(8, 4, 16 * GB), 4);
  assert.equal(defaultOcrConcurrency(1, 4, 16 * GB), 1);
  assert.equal(defaultOcrConcurrency(4, 4, 2.5 * GB), 2);
  assert.equal(defaultOcrConcurrency(2, 2, 0.5 * GB), 1);
});

test('e-mail: SMTP_URL smtp(s)://, NOTIFY_EMAIL needs it, PUBLIC_URL without its trailing slash', () => {
  const none = parseConfig({});
  assert.deepEqual([none.smtpUrl, none.notifyEmail, none.publicUrl, none.emailMaxAttempts], [null, null, null, 5]);
  const set = parseConfig({ SMTP_URL: 'smtps://u:p@mail.example.com:465', NOTIFY_EMAIL: ' ops@example.com ', PUBLIC_URL: 'https://pdf.example.com/', EMAIL_FROM: 'PDF <pdf@example.com>', EMAIL_MAX_ATTEMPTS: '3' });
  assert.deepEqual([set.smtpUrl, set.notifyEmail, set.publicUrl, set.emailFrom, set.emailMaxAttempts], ['smtps://u:p@mail.example.com:465', 'ops@example.com', 'https://pdf.example.com', 'PDF <pdf@example.com>', 3]);
  assert.throws(() => parseConfig({ NOTIFY_EMAIL: 'ops@example.com' }), /NOTIFY_EMAIL is set without SMTP_URL/);
  assert.throws(() => parseConfig({ SMTP_URL: 'http://mail.example.com' }), /SMTP_URL/);
  assert.throws(() => parseConfig({ SMTP_URL: 'smtp://mail.example.com', NOTIFY_EMAIL: 'not an address' }), /NOTIFY_EMAIL: not an e-mail address/);
  assert.throws(() => parseConfig({ PUBLIC_URL: 'pdf.example.com' }), /PUBLIC_URL/);
});
