// The bench corpus: the generated test PDFs that should process cleanly, the two real manuals
// shipped under /usr/share/doc, and any folders given, copied N times to a bench folder with a
// distinct trailing comment per copy, so a server that skips identical files still sees them all.
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { makeTestPdfs } from '../make-test-pdfs';
import { countPages } from './bare-pdfjs';

export const SYSTEM_PDFS = ['/usr/share/doc/libtasn1-doc/libtasn1.pdf', '/usr/share/doc/shared-mime-info/shared-mime-info-spec.pdf'];

export type CorpusFile = { path: string; name: string; pages: number; bytes: number };
export type Corpus = {
  files: CorpusFile[];
  /** One copy of the source set, as generated or found. */
  sources: number;
  sourcePages: number;
  repeat: number;
  /** Source files left out because pdf.js cannot open them, with the reason. */
  skipped: string[];
  /**
   * One copy of the source set, to warm the threads with before timing, the server's and bare
   * pdf.js's alike: every kind of document once, so that the timed passes find the code they run
   * compiled (with the four smallest files only, the system's first round was 1.35-1.55x bare pdf.js
   * and its next ones 1.0-1.3x: the first paid for compiling the layout, tables and detectors).
   */
  warmup: string[];
};

export type CorpusOptions = {
  workDir: string;
  folders: string[];
  generated: boolean;
  /** Copies of the source set; by default enough for `minPages`. */
  repeat?: number;
  minPages: number;
  threads: number;
};

async function pdfsUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && /\.pdf$/i.test(e.name)).map((e) => path.join(e.parentPath, e.name)).sort();
}

/**
 * The generated documents the benches time: those that process cleanly and have a text layer.
 * Scans are measured apart (scripts/bench/ocr.ts): OCR's seconds a page would swamp the pages/s
 * of born-digital PDFs, which the bench compares with bare pdf.js.
 */
export const bornDigital = (m: { expect: string; facts?: { needs_ocr?: boolean } }) => m.expect === 'ok' && !m.facts?.needs_ocr;

async function generatedPdfs(dir: string): Promise<string[]> {
  const manifest = await makeTestPdfs(dir, { replace: true });
  return manifest.filter(bornDigital).map((m) => path.join(dir, m.file));
}

/** The bytes of copy `n`: the file with a PDF comment line appended (still a valid PDF). */
export const tagged = (bytes: Uint8Array, tag: string) => Buffer.concat([bytes, Buffer.from(`\n%${tag}\n`)]);

export async function buildCorpus(options: CorpusOptions): Promise<Corpus> {
  const sources: string[] = [];
  if (options.generated) {
    sources.push(...(await generatedPdfs(path.join(options.workDir, 'generated'))));
    sources.push(...SYSTEM_PDFS.filter((file) => existsSync(file)));
  }
  for (const folder of options.folders) sources.push(...(await pdfsUnder(path.resolve(folder))));
  if (sources.length === 0) throw new Error('No PDFs to run: the folders given hold none.');

  const counted = await countPages(sources, options.threads);
  const usable = sources.filter((file) => counted.get(file)?.pages);
  const skipped = sources.filter((file) => !counted.get(file)?.pages).map((file) => `${file}: ${counted.get(file)?.error ?? 'no pages'}`);
  if (usable.length === 0) throw new Error(`None of the PDFs opens in pdf.js:\n${skipped.join('\n')}`);
  const sourcePages = usable.reduce((sum, file) => sum + (counted.get(file)?.pages ?? 0), 0);
  const repeat = options.repeat ?? Math.max(1, Math.ceil(options.minPages / sourcePages));

  const copiesDir = path.join(options.workDir, 'copies');
  await rm(copiesDir, { recursive: true, force: true });
  await mkdir(copiesDir, { recursive: true });
  const files: CorpusFile[] = [];
  for (const [index, source] of usable.entries()) {
    const bytes = await readFile(source);
    const base = `${String(index).padStart(3, '0')}-${path.basename(source).replace(/[^\w.-]+/g, '_')}`;
    for (let copy = 0; copy < repeat; copy++) {
      const name = `c${copy}-${base}`;
      const content = tagged(bytes, `bench-copy ${copy}`);
      await writeFile(path.join(copiesDir, name), content);
      files.push({ path: path.join(copiesDir, name), name, pages: counted.get(source)?.pages ?? 0, bytes: content.length });
    }
  }
  // Copy by copy, so a pass goes through the set N times rather than each file N times in a row.
  files.sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
  return { files, sources: usable.length, sourcePages, repeat, skipped, warmup: files.filter((f) => f.name.startsWith('c0-')).map((f) => f.path) };
}
