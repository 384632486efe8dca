import assert from 'node:assert/strict';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { ConfigError, parseConfig } from './config';

test('defaults: localhost, ./data, SQLite inside it, workers up to 4', () => {
  const cfg = parseConfig({});
  assert.equal(cfg.host, '127.0.0.1');
  assert.equal(cfg.port, 3000);
  assert.equal(cfg.dataDir, path.resolve('data'));
  assert.equal(cfg.databaseUrl, `file:${path.resolve('data', 'pdf-batch.db')}`);
  assert.equal(cfg.workerConcurrency, Math.min(4, os.availableParallelism()));
  assert.equal(cfg.maxFileBytes, 50 * 1024 * 1024);
  assert.equal(cfg.jobTimeoutMs, 120_000);
  assert.equal(cfg.deduplicate, true);
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
