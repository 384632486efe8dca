import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { test } from 'node:test';
import pino from 'pino';
import { baseBindings } from './log';
import { batchLog, jobLog } from './log-context';

/** A real pino logger writing JSON lines into an array, with the app's base bindings. */
function capture(): { logger: pino.Logger; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  const logger = pino({ level: 'debug', base: baseBindings('node-a') }, sink);
  return { logger, lines: () => chunks.join('').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>) };
}

test('a job logger puts batch_id, job_id and the worker id on every line', () => {
  const { logger, lines } = capture();
  const job = jobLog({ id: 'job-1', batchId: 'batch-9' }, logger);
  job.info({ ms: 12 }, 'job completed');
  job.child({ attempt: 2 }).warn('job failed, will retry');
  const [first, second] = lines();
  assert.equal(first.batch_id, 'batch-9');
  assert.equal(first.job_id, 'job-1');
  assert.equal(first.worker_id, 'node-a');
  assert.equal(first.pid, process.pid);
  assert.equal(first.ms, 12);
  assert.equal(first.msg, 'job completed');
  assert.deepEqual([second.batch_id, second.job_id, second.attempt], ['batch-9', 'job-1', 2]);
});

test('a batch logger carries batch_id only', () => {
  const { logger, lines } = capture();
  batchLog('batch-3', logger).info('batch created');
  const [line] = lines();
  assert.equal(line.batch_id, 'batch-3');
  assert.equal('job_id' in line, false);
  assert.equal(line.worker_id, 'node-a');
});
