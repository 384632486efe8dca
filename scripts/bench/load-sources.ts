// The PDFs the load bench sends: the generated test corpus's born-digital documents that process
// cleanly (e2e/fixtures/generated, made by `npm run fixtures` when missing), read once into memory.
// Scans are left out, as in `npm run bench`: a few OCR pages would be most of the CPU.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { makeTestPdfs } from '../make-test-pdfs';
import { bornDigital, tagged } from './corpus';
import type { UploadSource } from './load-uploaders';

type ManifestEntry = { file: string; expect: string; facts?: { needs_ocr?: boolean } };

export async function loadSources(projectRoot: string): Promise<UploadSource[]> {
  const dir = path.join(projectRoot, 'e2e', 'fixtures', 'generated');
  const manifestFile = path.join(dir, 'manifest.json');
  const manifest: ManifestEntry[] = existsSync(manifestFile) ? JSON.parse(await readFile(manifestFile, 'utf8')) : await makeTestPdfs(dir);
  const ok = manifest.filter(bornDigital);
  return Promise.all(ok.map(async (m) => ({ name: m.file, bytes: await readFile(path.join(dir, m.file)) })));
}

/** `count` documents cycling through the sources, each copy with its own trailing comment (no duplicates). */
export function copies(sources: UploadSource[], count: number): UploadSource[] {
  return Array.from({ length: count }, (_, i) => {
    const source = sources[i % sources.length];
    return { name: `${String(i).padStart(4, '0')}-${source.name}`, bytes: tagged(source.bytes, `load copy ${i}`) };
  });
}
