// How `npm start` runs the server: server/start.mjs, started without the memory settings
// (lib/runtime/memory-settings.mjs), runs the server in a child process that has them and stops
// when it stops; migrations run in a thread of their own, and their failure stops the start in words.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, test } from 'node:test';
import { PROFILES, profileFlags } from '../../lib/runtime/memory-settings.mjs';
import { runScript } from '../support/cli';
import { childrenOf, makeDataDir, projectRoot, removeDataDir, startServer } from '../support/server';

const START = path.join('server', 'start.mjs');

const dataDir = await makeDataDir();
after(() => removeDataDir(dataDir));

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

test('npm start runs the server in a child with the default memory settings, and SIGTERM to it stops both', { skip: !existsSync('/proc/self/task') }, async () => {
  const server = await startServer({ dataDir, asNpmStart: true });
  const launcher = server.process.pid!;
  const [child] = childrenOf(launcher);
  assert.ok(child, 'the launcher has a child process');
  after(() => (alive(child) ? process.kill(child, 'SIGKILL') : undefined));
  const argv = readFileSync(`/proc/${child}/cmdline`, 'utf8').split('\0');
  const [flags, env] = [profileFlags(PROFILES.small), PROFILES.small.env]; // the default MEMORY_PROFILE
  for (const flag of flags) assert.ok(argv.includes(flag), `the server runs with ${flag}: ${argv.join(' ')}`);
  const environ = readFileSync(`/proc/${child}/environ`, 'utf8').split('\0');
  for (const [name, value] of Object.entries(env)) {
    // glibc reads GLIBC_TUNABLES in place, cutting it at its first ':' in the process's memory.
    const seen = environ.find((entry) => entry.startsWith(`${name}=`))?.slice(name.length + 1);
    assert.ok(seen && (seen === value || (name === 'GLIBC_TUNABLES' && value.startsWith(`${seen}:`))), `the server runs with ${name}=${value} (${seen})`);
  }

  try {
    const health = await fetch(`${server.url}/api/health`);
    assert.equal(health.status, 200);
  } finally {
    assert.equal(await server.stop(), 0, 'the launcher exits as the server does: 0 after a clean shutdown');
  }
  assert.equal(alive(child), false, 'the server process is gone too');
});

test('when the launcher is killed (SIGKILL), the server shuts down by itself', { skip: !existsSync('/proc/self/task') }, async () => {
  const server = await startServer({ dataDir: await makeDataDir(), asNpmStart: true });
  const [child] = childrenOf(server.process.pid!);
  try {
    await server.kill();
    const deadline = Date.now() + 20_000;
    while (alive(child) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    assert.equal(alive(child), false, 'the server noticed its launcher was gone and stopped');
  } finally {
    if (alive(child)) process.kill(child, 'SIGKILL');
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

test('an unknown MEMORY_PROFILE stops the start with a sentence', async () => {
  const { code, stderr } = await runScript(START, [], { cwd: projectRoot, env: { PORT: '0', DATA_DIR: dataDir, MEMORY_PROFILE: 'tiny' } });
  assert.equal(code, 1);
  assert.match(stderr, /could not start: MEMORY_PROFILE must be one of small, fast, not "tiny"/);
});
