import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PROFILES, hasMemorySettings, memoryProfile, withMemorySettings } from './memory-settings.mjs';

const { small, fast } = PROFILES;

test('MEMORY_PROFILE picks the settings: small by default, fast, nothing else', () => {
  assert.equal(memoryProfile({}), small);
  assert.equal(memoryProfile({ MEMORY_PROFILE: '' }), small);
  assert.equal(memoryProfile({ MEMORY_PROFILE: 'fast' }), fast);
  assert.throws(() => memoryProfile({ MEMORY_PROFILE: 'tiny' }), /MEMORY_PROFILE must be one of small, fast, not "tiny"/);
  assert.throws(() => memoryProfile({ MEMORY_PROFILE: 'toString' }), /MEMORY_PROFILE must be one of/);
});

test('a process has the settings when every flag and variable of its profile is there, with any value', () => {
  assert.equal(hasMemorySettings(small.flags, small.env), true);
  assert.equal(hasMemorySettings(['--max-semi-space-size=8', '--heap_growing_percent=50'], { MALLOC_ARENA_MAX: '4', GLIBC_TUNABLES: '' }), true);
  assert.equal(hasMemorySettings(small.flags, { MALLOC_ARENA_MAX: '2' }), false, 'small also fixes glibc’s thresholds');
  assert.equal(hasMemorySettings([], small.env), false);
  assert.equal(hasMemorySettings(small.flags, {}), false);
  assert.equal(hasMemorySettings(small.flags.slice(1), small.env), false);
  assert.equal(hasMemorySettings([], { MEMORY_PROFILE: 'fast', ...fast.env }), true, 'fast has no flags');
});

test('the caller’s own flags and variables win over the settings', () => {
  const { argv, env } = withMemorySettings(['--max-semi-space-size=8', '--enable-source-maps'], { MALLOC_ARENA_MAX: '4', PORT: '1' }, 'start.mjs', ['worker.ts']);
  assert.deepEqual(argv, ['--heap-growing-percent=20', '--max-semi-space-size=8', '--enable-source-maps', 'start.mjs', 'worker.ts']);
  assert.deepEqual(env, { MALLOC_ARENA_MAX: '4', GLIBC_TUNABLES: small.env.GLIBC_TUNABLES, PORT: '1' });
  assert.match(small.env.GLIBC_TUNABLES, /^glibc\.malloc\.mmap_threshold=131072:glibc\.malloc\.trim_threshold=131072$/);
  assert.equal(hasMemorySettings(argv, env), true);
});

test('a flag in NODE_OPTIONS counts as given (the command line would override it)', () => {
  const env = { NODE_OPTIONS: '--max-semi-space-size=16  --enable-source-maps' };
  const { argv } = withMemorySettings([], env, 'start.mjs', []);
  assert.deepEqual(argv, ['--heap-growing-percent=20', 'start.mjs']);
  assert.equal(hasMemorySettings(['--heap-growing-percent=20'], { ...env, ...small.env }), true);
});

test('fast adds no flags, only the malloc arenas', () => {
  const { argv, env } = withMemorySettings([], { MEMORY_PROFILE: 'fast' }, 'start.mjs', []);
  assert.deepEqual(argv, ['start.mjs']);
  assert.deepEqual(env, { MEMORY_PROFILE: 'fast', MALLOC_ARENA_MAX: '2' });
});
