// The production bundle: built by `npm run build`, and by `npm start` when there is none or the
// sources changed since it was built (a fingerprint of the files Next compiles is kept beside it).
// Servers starting together on one folder build once: the others wait for the first one's build.
import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, open, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { log } from '../lib/log';
import { projectRoot } from '../lib/paths';

const SOURCES = ['app', 'components', 'lib', 'public', 'next.config.mjs', 'tsconfig.json', 'package-lock.json'];
const fingerprintFile = path.join(projectRoot, '.next', 'pdf-batch-sources');

async function listFiles(target: string): Promise<string[]> {
  if (!existsSync(target)) return [];
  if (!(await stat(target)).isDirectory()) return [target];
  const entries = await readdir(target, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

export async function sourceFingerprint(): Promise<string> {
  const hash = createHash('sha256');
  const files = (await Promise.all(SOURCES.map((s) => listFiles(path.join(projectRoot, s))))).flat().sort();
  for (const file of files) {
    const { size, mtimeMs } = await stat(file);
    hash.update(`${path.relative(projectRoot, file)}\0${size}\0${mtimeMs}\n`);
  }
  return hash.digest('hex');
}

export async function isBuildCurrent(): Promise<boolean> {
  if (!existsSync(path.join(projectRoot, '.next', 'BUILD_ID')) || !existsSync(fingerprintFile)) return false;
  return (await readFile(fingerprintFile, 'utf8')) === (await sourceFingerprint());
}

export async function build(): Promise<void> {
  const fingerprint = await sourceFingerprint();
  const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, 'build'], {
      cwd: projectRoot,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`next build failed (exit code ${code})`))));
  });
  await writeFile(fingerprintFile, fingerprint);
}

const lockFile = path.join(projectRoot, 'node_modules', '.cache', 'pdf-batch', 'next-build.lock');
/** A lock older than this is a crashed build's: taken over. */
const STALE_LOCK_MS = 10 * 60_000;

/** Runs `fn` as the only builder among the servers starting on this folder (tests start several at once). */
async function asOnlyBuilder(fn: () => Promise<void>): Promise<void> {
  await mkdir(path.dirname(lockFile), { recursive: true });
  for (;;) {
    try {
      const handle = await open(lockFile, 'wx');
      await handle.close();
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const age = Date.now() - (await stat(lockFile).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs;
      if (age > STALE_LOCK_MS) await rm(lockFile, { force: true });
      else await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  try {
    await fn();
  } finally {
    await rm(lockFile, { force: true });
  }
}

export async function ensureBuild(): Promise<void> {
  if (await isBuildCurrent()) return;
  await asOnlyBuilder(async () => {
    // Another server may have built it while this one waited.
    if (await isBuildCurrent()) return;
    log.info('building the production bundle (first start, or the sources changed)');
    await build();
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  build().catch((err: Error) => {
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  });
}
