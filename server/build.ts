// The production bundle: built by `npm run build`, and by `npm start` when there is none or the
// sources changed since it was built (a fingerprint of the files Next compiles is kept beside it).
import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
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

export async function ensureBuild(): Promise<void> {
  if (await isBuildCurrent()) return;
  log.info('building the production bundle (first start, or the sources changed)');
  await build();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  build().catch((err: Error) => {
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  });
}
