// The PDFs tests use: the two that ship with this machine's Debian docs, and the corpus that
// scripts/make-test-pdfs.ts generates (made on demand, once per run).
import { existsSync } from 'node:fs';
import { readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from './server';

export const SHIPPED_PDFS = [
  '/usr/share/doc/libtasn1-doc/libtasn1.pdf',
  '/usr/share/doc/shared-mime-info/shared-mime-info-spec.pdf',
].filter((file) => existsSync(file));

export const generatedDir = path.join(projectRoot, 'e2e', 'fixtures', 'generated');

export type { ManifestEntry } from '../../scripts/make-test-pdfs';
import type { ManifestEntry } from '../../scripts/make-test-pdfs';

/** The generated corpus's manifest, generating the corpus first when it is missing. */
export async function generatedCorpus(): Promise<ManifestEntry[]> {
  const manifest = path.join(generatedDir, 'manifest.json');
  if (!existsSync(manifest)) {
    const { makeTestPdfs } = await import('../../scripts/make-test-pdfs');
    await makeTestPdfs(generatedDir);
  }
  return JSON.parse(await readFile(manifest, 'utf8')) as ManifestEntry[];
}

export const hostileDir = path.join(generatedDir, 'hostile');

/** The hostile files (scripts/fixtures/hostile.ts) with what each must give, generated when missing. */
export async function hostileCorpus() {
  const { hostileFiles } = await import('../../scripts/fixtures/hostile');
  await generatedCorpus();
  if (!existsSync(path.join(hostileDir, 'hostile.json'))) {
    // A corpus made before the hostile files existed: add them, whole or not at all.
    const { writeHostile } = await import('../../scripts/make-test-pdfs');
    const tmp = `${hostileDir}.tmp-${process.pid}`;
    await writeHostile(tmp);
    await rename(tmp, hostileDir).catch(() => rm(tmp, { recursive: true, force: true }));
  }
  return hostileFiles().map(({ file, what, expect }) => ({ file, what, expect, path: path.join(hostileDir, file) }));
}
