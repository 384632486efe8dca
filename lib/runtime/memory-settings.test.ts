import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { ENGINE_FLAGS, PROFILES, THREAD_ENGINE_FLAGS, flagsNotGiven, hasMemorySettings, memoryProfile, posixStartCommand, profileFlags, threadFlagResets, withMemorySettings } from './memory-settings.mjs';

const { small, fast } = PROFILES;
const smallFlags = profileFlags(small);

test('MEMORY_PROFILE picks the settings: small by default, fast, nothing else', () => {
  assert.equal(memoryProfile({}), small);
  assert.equal(memoryProfile({ MEMORY_PROFILE: '' }), small);
  assert.equal(memoryProfile({ MEMORY_PROFILE: 'fast' }), fast);
  assert.throws(() => memoryProfile({ MEMORY_PROFILE: 'tiny' }), /MEMORY_PROFILE must be one of small, fast, not "tiny"/);
  assert.throws(() => memoryProfile({ MEMORY_PROFILE: 'toString' }), /MEMORY_PROFILE must be one of/);
});

test('a process has the settings when every flag and variable of its profile is there, with any value', () => {
  assert.deepEqual(smallFlags, ['--max-semi-space-size=2', '--max-old-space-size=1024', '--no-concurrent-marking']);
  assert.equal(hasMemorySettings(smallFlags, small.env), true);
  assert.equal(hasMemorySettings(['--max-semi-space-size=8', '--max_old_space_size=4096', '--concurrent-marking'], { MALLOC_ARENA_MAX: '4', GLIBC_TUNABLES: '' }), true);
  assert.equal(hasMemorySettings(['--max-semi-space-size=8', '--max_old_space_size=4096'], { MALLOC_ARENA_MAX: '4', GLIBC_TUNABLES: '' }), false, 'no word on the collector');
  assert.equal(hasMemorySettings(smallFlags, { MALLOC_ARENA_MAX: '2' }), false, 'small also fixes glibc’s thresholds');
  assert.equal(hasMemorySettings([], small.env), false);
  assert.equal(hasMemorySettings(smallFlags, {}), false);
  assert.equal(hasMemorySettings(smallFlags.slice(1), small.env), false);
  assert.equal(hasMemorySettings(ENGINE_FLAGS, { MEMORY_PROFILE: 'fast', ...fast.env }), true, 'fast has only the engine’s flags');
  assert.equal(hasMemorySettings([], { MEMORY_PROFILE: 'fast', ...fast.env }), false);
});

test('posixStartCommand: a POSIX shell that evaluates it becomes the program with the settings, every word as it was', { skip: process.platform === 'win32' }, () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "pdf-batch it's a $dir "));
  try {
    // Stands for node: prints its arguments, one a line, then the variables of the settings.
    const program = path.join(dir, 'no de');
    writeFileSync(program, '#!/bin/sh\nprintf "%s\\n" "$@" "arena=$MALLOC_ARENA_MAX" "tunables=$GLIBC_TUNABLES"\n');
    chmodSync(program, 0o755);
    const script = path.join(dir, 'start.mjs');
    const run = (env: Record<string, string>, ...args: string[]) =>
      execFileSync('/bin/sh', ['-c', posixStartCommand(program, env, script), 'sh', ...args], { encoding: 'utf8', env: { ...process.env, MEMORY_PROFILE: undefined, MALLOC_ARENA_MAX: undefined, GLIBC_TUNABLES: undefined, NODE_OPTIONS: undefined, ...env } }).split('\n').slice(0, -1);
    assert.deepEqual(run({}, 'worker.ts', '--dev', "a 'quoted' $word"), [...smallFlags, script, 'worker.ts', '--dev', "a 'quoted' $word", 'arena=2', `tunables=${small.env.GLIBC_TUNABLES}`]);
    assert.deepEqual(run({ MEMORY_PROFILE: 'fast', MALLOC_ARENA_MAX: '4', NODE_OPTIONS: '--concurrent-marking' }), [script, 'arena=4', 'tunables='], 'the person’s own win; fast sets no thresholds');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the caller’s own flags and variables win over the settings', () => {
  const { argv, env } = withMemorySettings(['--max-semi-space-size=8', '--enable-source-maps'], { MALLOC_ARENA_MAX: '4', PORT: '1' }, 'start.mjs', ['worker.ts']);
  assert.deepEqual(argv, ['--max-old-space-size=1024', '--no-concurrent-marking', '--max-semi-space-size=8', '--enable-source-maps', 'start.mjs', 'worker.ts']);
  assert.deepEqual(withMemorySettings(['--concurrent-marking'], {}, 'start.mjs', []).argv, ['--max-semi-space-size=2', '--max-old-space-size=1024', '--concurrent-marking', 'start.mjs'], 'the person’s yes wins');
  assert.deepEqual(env, { MALLOC_ARENA_MAX: '4', GLIBC_TUNABLES: small.env.GLIBC_TUNABLES, PORT: '1' });
  assert.match(small.env.GLIBC_TUNABLES, /^glibc\.malloc\.mmap_threshold=131072:glibc\.malloc\.trim_threshold=131072$/);
  assert.equal(hasMemorySettings(argv, env), true);
});

test('a flag in NODE_OPTIONS counts as given (the command line would override it)', () => {
  const env = { NODE_OPTIONS: '--max-semi-space-size=16  --enable-source-maps' };
  const { argv } = withMemorySettings([], env, 'start.mjs', []);
  assert.deepEqual(argv, ['--max-old-space-size=1024', '--no-concurrent-marking', 'start.mjs']);
  assert.equal(hasMemorySettings(['--max-old-space-size=1024', '--no-concurrent-marking'], { ...env, ...small.env }), true);
});

test('a flag counts as given in either form, with underscores, a value, or in NODE_OPTIONS', () => {
  const hasFlag = (flag: string, execArgv: string[], env: Record<string, string>) => flagsNotGiven([flag], execArgv, env).length === 0;
  assert.equal(hasFlag('--regexp-tier-up', ['--no-regexp_tier_up'], {}), true);
  assert.equal(hasFlag('--regexp-tier-up', ['--regexp-tier-up=false'], {}), true);
  assert.equal(hasFlag('--no-concurrent-marking', [], { NODE_OPTIONS: '--concurrent-marking' }), true);
  assert.equal(hasFlag('--regexp-tier-up', ['--regexp-tier-upx', '--enable-source-maps'], {}), false);
});

test('fast leaves the heaps to V8: only the engine’s flags, and the malloc arenas', () => {
  const { argv, env } = withMemorySettings([], { MEMORY_PROFILE: 'fast' }, 'start.mjs', []);
  assert.deepEqual(argv, ['--no-concurrent-marking', 'start.mjs']);
  assert.deepEqual(env, { MEMORY_PROFILE: 'fast', MALLOC_ARENA_MAX: '2' });
});

test('the threads’ engine flags, but those the person gave a value of', () => {
  assert.deepEqual(flagsNotGiven(THREAD_ENGINE_FLAGS, [], {}), [...THREAD_ENGINE_FLAGS]);
  assert.deepEqual(flagsNotGiven(THREAD_ENGINE_FLAGS, ['--concurrent-recompilation', '--interrupt-budget=1000', '--parallel-scavenge'], { NODE_OPTIONS: '--regexp_tier_up' }), []);
  assert.deepEqual(flagsNotGiven(THREAD_ENGINE_FLAGS, ['--no-regexp-tier-up'], {}), ['--no-concurrent-recompilation', '--interrupt-budget=1081344', '--no-parallel-scavenge']);
});

// What start.mjs relies on, on this Node: --no-concurrent-recompilation set once the main isolate
// runs holds for the threads made afterwards, and the main thread keeps its compile thread.
test('compiles on the thread for threads made after the flag, on V8’s helper for the main thread', () => {
  const script = `
    import v8 from 'node:v8';
    import { Worker } from 'node:worker_threads';
    const hot = (name) => \`function \${name}(a) { let s = 0; for (let i = 0; i < a.length; i++) s += a[i] * 2; return s }
      const a = new Array(100).fill(1); let t = 0; for (let i = 0; i < 300000; i++) t += \${name}(a); t\`;
    v8.setFlagsFromString('--no-concurrent-recompilation');
    const thread = "import { parentPort } from 'node:worker_threads';" + hot('inThread') + '; parentPort.postMessage(0);'; // a module, as the -e script is
    await new Promise((resolve, reject) => new Worker(thread, { eval: true }).once('message', resolve).once('error', reject));
    (0, eval)(hot('inMain'));`;
  const out = execFileSync(process.execPath, ['--trace-opt', '--input-type=module', '-e', script], { encoding: 'utf8' });
  const mode = (name: string) => new RegExp(`compiling method [^\\n]*<JSFunction ${name} [^\\n]*mode: ConcurrencyMode::(\\w+)`).exec(out)?.[1];
  assert.equal(mode('inThread'), 'kSynchronous');
  assert.equal(mode('inMain'), 'kConcurrent');
});

test('the flags put back for threads are the profile’s own, not those the person gave', () => {
  assert.deepEqual(threadFlagResets(smallFlags, small.env), ['--max-semi-space-size=0', '--max-old-space-size=0'], 'the marking flag is for every thread');
  assert.deepEqual(threadFlagResets(['--max-semi-space-size=8', '--max-old-space-size=1024'], small.env), ['--max-old-space-size=0']);
  assert.deepEqual(threadFlagResets(['--max-old-space-size=1024'], { NODE_OPTIONS: '--max_semi_space_size=2' }), ['--max-semi-space-size=0', '--max-old-space-size=0']);
  assert.deepEqual(threadFlagResets([], { ...fast.env, MEMORY_PROFILE: 'fast' }), []);
});

// What server/start.mjs relies on, on this Node: flags given when the process starts size the main
// thread's heap, and once put back, a thread started afterwards has the limits it asks for.
test('after the resets, a thread has its own heap limits and the main thread keeps the profile’s', () => {
  const script = `
    import v8 from 'node:v8';
    import { Worker } from 'node:worker_threads';
    import { threadFlagResets } from ${JSON.stringify(new URL('./memory-settings.mjs', import.meta.url).href)};
    const semiSpaceMb = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size / 2 ** 20;
    const limitMb = () => Math.round(v8.getHeapStatistics().heap_size_limit / 2 ** 20);
    const before = { limit: limitMb() };
    for (const reset of threadFlagResets(process.execArgv, process.env)) v8.setFlagsFromString(reset);
    const code = "import v8 from 'node:v8'; import { parentPort } from 'node:worker_threads'; parentPort.postMessage(Math.round(v8.getHeapStatistics().heap_size_limit / 2 ** 20));"; // a module, as the -e script is
    const thread = await new Promise((resolve, reject) => new Worker(code, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 300, maxYoungGenerationSizeMb: 16 } }).once('message', resolve).once('error', reject));
    let junk = []; for (let i = 0; i < 2e6; i++) { junk.push({ i }); if (junk.length > 1e5) junk = []; }
    console.log(JSON.stringify({ before, main: { limit: limitMb(), semiSpaceMb: semiSpaceMb() }, thread }));`;
  const out = execFileSync(process.execPath, [...smallFlags, '--input-type=module', '-e', script], { env: { ...process.env, ...small.env, NODE_OPTIONS: '' }, encoding: 'utf8' });
  const { before, main, thread } = JSON.parse(out);
  assert.ok(before.limit >= 1024 && before.limit < 1100, `the main heap's limit is the profile's 1 GB: ${before.limit} MB`);
  assert.equal(main.limit, before.limit, 'the resets leave the main heap as it was');
  assert.ok(main.semiSpaceMb <= 4, `the main thread keeps its small young generation: ${main.semiSpaceMb} MB`);
  assert.ok(thread >= 300 && thread < 340, `the thread has the 300 MB it asked for, not the main thread's 1 GB: ${thread} MB`);
});
