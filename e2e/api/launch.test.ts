// How the server is started. `npm start` (sh server/start.sh) execs node with the memory settings
// (lib/runtime/memory-settings.mjs), so the server is the process npm started; `node
// server/start.mjs` without them (Windows) runs the server in a child process that has them and
// stops when it stops. Migrations run in a thread of their own, and their failure stops the start
// in words.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, test } from 'node:test';
import { PROFILES, profileFlags, type MemoryProfile } from '../../lib/runtime/memory-settings.mjs';
import { runCommand, runScript } from '../support/cli';
import { childrenOf, descendantsOf, isRunning, killSurvivors, makeDataDir, projectRoot, removeDataDir, startServer } from '../support/server';

const START = path.join('server', 'start.mjs');
const LINUX = existsSync('/proc/self/task');

const dataDir = await makeDataDir();
after(() => removeDataDir(dataDir));

/** A process's command line and environment, word by word (Linux). */
const argvOf = (pid: number) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
const environOf = (pid: number) => readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');

/** Asserts that process `pid` runs with every flag and variable of `profile`. */
function assertSettings(pid: number, profile: MemoryProfile) {
  const argv = argvOf(pid);
  for (const flag of profileFlags(profile)) assert.ok(argv.includes(flag), `the server runs with ${flag}: ${argv.join(' ')}`);
  const environ = environOf(pid);
  for (const [name, value] of Object.entries(profile.env)) {
    // glibc reads GLIBC_TUNABLES in place, cutting it at its first ':' in the process's memory.
    const seen = environ.find((entry) => entry.startsWith(`${name}=`))?.slice(name.length + 1);
    assert.ok(seen && (seen === value || (name === 'GLIBC_TUNABLES' && value.startsWith(`${seen}:`))), `the server runs with ${name}=${value} (${seen})`);
  }
}

test('npm start: the server is the process npm started, with the default memory settings; SIGTERM to npm stops it', { skip: !LINUX }, async () => {
  const server = await startServer({ dataDir, as: 'npm' });
  const below = descendantsOf(server.process.pid!);
  let code: number | null;
  let left: number[];
  try {
    const commands = below.map((pid) => argvOf(pid).join(' '));
    assert.equal(below.length, 1, `one process below npm, the server: no launcher, no esbuild left running: ${commands.join(' | ')}`);
    assert.match(commands[0], /server\/start\.mjs/, 'it is node running server/start.mjs');
    assertSettings(below[0], PROFILES.small); // the default MEMORY_PROFILE
    assert.equal((await fetch(`${server.url}/api/health`)).status, 200);
  } finally {
    code = await server.stop();
    left = await killSurvivors(below);
  }
  assert.equal(code, 0, 'npm exits as the server does: 0 after a clean shutdown');
  assert.deepEqual(left, [], 'nothing npm started is left running');
});

test('npm start with MEMORY_PROFILE=fast and MALLOC_ARENA_MAX of the person\'s own: fast\'s settings, and their value', { skip: !LINUX }, async () => {
  const server = await startServer({ dataDir: await makeDataDir(), as: 'npm', env: { MEMORY_PROFILE: 'fast', MALLOC_ARENA_MAX: '4' } });
  const below = descendantsOf(server.process.pid!);
  try {
    const argv = argvOf(below[0]);
    for (const flag of profileFlags(PROFILES.fast)) assert.ok(argv.includes(flag), `the server runs with ${flag}: ${argv.join(' ')}`);
    for (const flag of PROFILES.small.heapFlags) assert.ok(!argv.includes(flag), `small's ${flag} is not given: ${argv.join(' ')}`);
    const environ = environOf(below[0]);
    assert.ok(environ.includes('MALLOC_ARENA_MAX=4'), 'the person\'s MALLOC_ARENA_MAX holds');
    assert.ok(!environ.some((entry) => entry.startsWith('GLIBC_TUNABLES=')), 'small\'s glibc thresholds are not set');
  } finally {
    await server.stop();
    await killSurvivors(below);
    await removeDataDir(server.dataDir);
  }
});

test('node server/start.mjs without the settings runs the server in a child that has them, and SIGTERM to it stops both', { skip: !LINUX }, async () => {
  const server = await startServer({ dataDir: await makeDataDir(), as: 'launcher' });
  const [child] = childrenOf(server.process.pid!);
  assert.ok(child, 'the launcher has a child process');
  after(() => killSurvivors([child], 0));
  assertSettings(child, PROFILES.small);
  try {
    assert.equal((await fetch(`${server.url}/api/health`)).status, 200);
  } finally {
    assert.equal(await server.stop(), 0, 'the launcher exits as the server does: 0 after a clean shutdown');
    await removeDataDir(server.dataDir);
  }
  assert.equal(isRunning(child), false, 'the server process is gone too');
});

test('when the launcher is killed (SIGKILL), the server shuts down by itself', { skip: !LINUX }, async () => {
  const server = await startServer({ dataDir: await makeDataDir(), as: 'launcher' });
  const [child] = childrenOf(server.process.pid!);
  try {
    await server.kill();
    assert.deepEqual(await killSurvivors([child], 20_000), [], 'the server noticed its launcher was gone and stopped');
  } finally {
    await removeDataDir(server.dataDir);
  }
});

test('a database that cannot be migrated stops the start with the reason', async () => {
  const blocker = path.join(dataDir, 'not-a-folder');
  await writeFile(blocker, 'a file where the database folder should be');
  const env = { PORT: '0', DATA_DIR: dataDir, DATABASE_URL: `file:${path.join(blocker, 'db.sqlite')}`, LOG_LEVEL: 'fatal' };
  const { code, stdout, stderr } = await runScript(START, [], { cwd: projectRoot, env });
  const output = stdout + stderr;
  assert.notEqual(code, 0, output);
  assert.match(output, /could not start: .*(ENOTDIR|not a directory|EEXIST)/i);
});

test('an unknown MEMORY_PROFILE stops the start with a sentence, through npm start and start.mjs alike', async () => {
  const env = { PORT: '0', DATA_DIR: dataDir, MEMORY_PROFILE: 'tiny' };
  const { code, stderr } = await runScript(START, [], { cwd: projectRoot, env });
  assert.equal(code, 1);
  assert.match(stderr, /could not start: MEMORY_PROFILE must be one of small, fast, not "tiny"/);
  if (!LINUX) return;
  const npm = await runCommand('npm', ['start'], { cwd: projectRoot, env });
  assert.notEqual(npm.code, 0);
  assert.match(npm.stderr, /could not start: MEMORY_PROFILE must be one of small, fast, not "tiny"/);
});

test('npm run worker passes its entry on (worker.ts): on the embedded database it says what it needs', { skip: !LINUX }, async () => {
  const { code, stdout, stderr } = await runCommand('npm', ['run', 'worker'], { cwd: projectRoot, env: { DATA_DIR: dataDir, DATABASE_URL: `file:${path.join(dataDir, 'db.sqlite')}`, LOG_LEVEL: 'fatal' } });
  assert.notEqual(code, 0);
  assert.match(stdout + stderr, /npm run worker needs DATABASE_URL=postgresql/);
});
