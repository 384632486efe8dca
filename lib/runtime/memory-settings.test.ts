import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ENV, NODE_FLAGS, hasMemorySettings, withMemorySettings } from './memory-settings.mjs';

test('a process has the settings when every flag and variable is there, with any value', () => {
  assert.equal(hasMemorySettings(NODE_FLAGS, ENV), true);
  assert.equal(hasMemorySettings(['--max-semi-space-size=8', '--heap_growing_percent=50'], { MALLOC_ARENA_MAX: '4' }), true);
  assert.equal(hasMemorySettings([], ENV), false);
  assert.equal(hasMemorySettings(NODE_FLAGS, {}), false);
  assert.equal(hasMemorySettings(NODE_FLAGS.slice(1), ENV), false);
});

test('the caller’s own flags and variables win over the settings', () => {
  const { argv, env } = withMemorySettings(['--max-semi-space-size=8', '--enable-source-maps'], { MALLOC_ARENA_MAX: '4', PORT: '1' }, 'start.mjs', ['worker.ts']);
  assert.deepEqual(argv, ['--heap-growing-percent=20', '--max-semi-space-size=8', '--enable-source-maps', 'start.mjs', 'worker.ts']);
  assert.deepEqual(env, { MALLOC_ARENA_MAX: '4', PORT: '1' });
  assert.equal(hasMemorySettings(argv, env), true);
});

test('a flag in NODE_OPTIONS counts as given (the command line would override it)', () => {
  const env = { NODE_OPTIONS: '--max-semi-space-size=16  --enable-source-maps' };
  const { argv } = withMemorySettings([], env, 'start.mjs', []);
  assert.deepEqual(argv, ['--heap-growing-percent=20', 'start.mjs']);
  assert.equal(hasMemorySettings(['--heap-growing-percent=20'], { ...env, ...ENV }), true);
});
