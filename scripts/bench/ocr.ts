// OCR measured page by page: seconds a page and word recall for tesseract.js as the pipeline runs
// it, beside Debian's `tesseract` command on the same page image (where it is installed). Recall
// is against the page's known text: the source text of a scan made from a born-digital page (a
// `<file>.txt` beside it, pages separated by form feeds, or the text layer of a born-digital PDF,
// which is scanned first at 300 dpi), or else, for a real scan, the words Debian tesseract read
// with a confidence of 80 or more (the reference OCR). Used by `npm run bench` (its OCR section) and scripts/measure-ocr.ts.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { endLocalEngines } from '../../lib/pipeline/ocr/engine-pool';
import { wordRecall } from '../../lib/pipeline/ocr/word-recall';
import { runPipeline } from '../../lib/pipeline/run-pipeline';
import { seeded } from '../fixtures/random';
import { scanPdf } from '../fixtures/scans';

export type OcrPageFigure = {
  file: string;
  page: number;
  /** What recall is measured against. */
  /** 'debian tesseract': the words it read with a confidence of 80 or more. */
  reference: 'source text' | 'text layer' | 'debian tesseract' | 'none';
  seconds: number;
  confidence: number | null;
  recall: number | null;
  debianSeconds: number | null;
  debianRecall: number | null;
};

const hasBinary = (name: string) => {
  try {
    execFileSync('which', [name], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

export const debianTesseract = () => hasBinary('tesseract') && hasBinary('pdftoppm');

/** A word Debian tesseract is this sure of counts in the reference of a real scan (its guesses at drawings do not). */
const CONFIDENT = 80;

/**
 * Debian tesseract on the page drawn at 300 dpi grey by pdftoppm: all its words, the words it is
 * sure of, and its seconds (OCR alone, one thread).
 */
function debianRead(file: string, page: number, dir: string): { text: string; confident: string; seconds: number } {
  const base = path.join(dir, `p${page}`);
  execFileSync('pdftoppm', ['-r', '300', '-gray', '-f', String(page), '-l', String(page), '-singlefile', file, base]);
  const started = performance.now();
  const tsv = execFileSync('tesseract', [`${base}.pgm`, '-', '-l', 'eng', '--psm', '3', 'tsv'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], env: { ...process.env, OMP_THREAD_LIMIT: '1' } });
  const seconds = (performance.now() - started) / 1000;
  // level page_num block_num par_num line_num word_num left top width height conf text
  const words = tsv
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'))
    .filter((cells) => cells[0] === '5' && cells[11]?.trim());
  return { text: words.map((c) => c[11]).join(' '), confident: words.filter((c) => Number(c[10]) >= CONFIDENT).map((c) => c[11]).join(' '), seconds };
}

async function readWithPipeline(file: string) {
  return runPipeline(
    { type: 'run', jobId: 'ocr-bench', file, workflow: 'text_only', maxPages: 1000, timeLimitMs: 3_600_000, ocr: { mode: 'auto', languages: ['eng'] } },
    () => undefined,
  );
}

/** Every page of each file; born-digital PDFs are scanned at 300 dpi first (`render`). */
export async function measureOcr(files: string[], options: { debian?: boolean; say?: (line: string) => void } = {}): Promise<OcrPageFigure[]> {
  const debian = (options.debian ?? true) && debianTesseract();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'pdf-batch-ocr-'));
  const figures: OcrPageFigure[] = [];
  try {
    for (const original of files) {
      let file = original;
      let sources: string[] | null = null;
      let reference: OcrPageFigure['reference'] = 'none';
      const sidecar = original.replace(/\.pdf$/i, '.txt');
      if (existsSync(sidecar)) {
        sources = (await readFile(sidecar, 'utf8')).split('\f');
        reference = 'source text';
      } else {
        const plain = await readWithPipeline(original).catch(() => null);
        if (plain && plain.pages.some((p) => p.has_text_layer && !p.needs_ocr)) {
          // A born-digital PDF: its pages scanned at 300 dpi, read against their own text layer.
          const scan = await scanPdf(new Uint8Array(await readFile(original)), seeded(figures.length + 1), { dpi: 300, skew: 0.3 });
          file = path.join(dir, path.basename(original));
          await writeFile(file, scan.bytes);
          sources = scan.sourceText;
          reference = 'text layer';
        } else if (debian) reference = 'debian tesseract';
      }
      const result = await readWithPipeline(file);
      for (const [i, page] of result.pages.entries()) {
        if (!page.ocr) continue;
        const theirs = debian ? debianRead(file, page.number, dir) : null;
        const truth = sources?.[i] ?? theirs?.confident ?? null;
        figures.push({
          file: path.basename(original),
          page: page.number,
          reference,
          seconds: page.ocr.seconds,
          confidence: page.ocr.confidence,
          recall: truth === null ? null : wordRecall(truth, page.text),
          debianSeconds: theirs?.seconds ?? null,
          debianRecall: theirs && sources ? wordRecall(sources[i], theirs.text) : null,
        });
        const last = figures[figures.length - 1];
        options.say?.(`${last.file} p${last.page}: ${last.seconds} s, recall ${last.recall === null ? '-' : (last.recall * 100).toFixed(1)} % (${reference})`);
      }
    }
  } finally {
    await endLocalEngines();
    await rm(dir, { recursive: true, force: true });
  }
  return figures;
}

export const median = (values: number[]): number | null => {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const pct = (v: number | null) => (v === null ? '-' : `${(v * 100).toFixed(1)}`);
const sec = (v: number | null) => (v === null ? '-' : v.toFixed(2));

/** The figures as a table, with medians per reference kind. */
export function formatOcr(figures: OcrPageFigure[]): string {
  const rows = [['file', 'page', 'against', 'tesseract.js s', 'debian s', 'recall %', 'debian recall %', 'confidence']];
  for (const f of figures) rows.push([f.file, String(f.page), f.reference, sec(f.seconds), sec(f.debianSeconds), pct(f.recall), pct(f.debianRecall), f.confidence === null ? '-' : f.confidence.toFixed(1)]);
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const lines = rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c])).join('  '));
  const summary: string[] = [];
  for (const kind of ['source text', 'text layer', 'debian tesseract'] as const) {
    const of = figures.filter((f) => f.reference === kind && f.recall !== null);
    if (of.length) summary.push(`median word recall against ${kind}: ${pct(median(of.map((f) => f.recall as number)))} % over ${of.length} pages`);
  }
  const js = median(figures.map((f) => f.seconds));
  const deb = median(figures.flatMap((f) => (f.debianSeconds === null ? [] : [f.debianSeconds])));
  summary.push(`median seconds a page: tesseract.js ${sec(js)} (page image, OCR and layout)` + (deb === null ? ", Debian tesseract not installed" : `, Debian tesseract ${sec(deb)} (OCR alone, one thread)`));
  return [...lines, '', ...summary].join('\n');
}
