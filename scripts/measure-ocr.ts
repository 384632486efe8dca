// Word recall and seconds a page of OCR (scripts/bench/ocr.ts), page by page:
//   npm run measure:ocr [-- <PDF files or folders...>] [--no-debian]
// Default: the generated scans (e2e/fixtures/generated/scan*.pdf) and, where it is, the real scan
// ../shared/corpus/datasheets/OP90.pdf. A born-digital PDF is scanned at 300 dpi first and read
// against its own text layer; a real scan against Debian tesseract's reading of the same page.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generatedCorpus, generatedDir } from '../e2e/support/pdfs';
import { formatOcr, measureOcr } from './bench/ocr';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'no-debian': { type: 'boolean', default: false } } });
const root = path.resolve(import.meta.dirname, '..');
const expand = (target: string): string[] =>
  statSync(target).isDirectory()
    ? readdirSync(target, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && /\.pdf$/i.test(e.name)).map((e) => path.join(e.parentPath, e.name)).sort()
    : [target];

let files = positionals.flatMap((p) => expand(path.resolve(p)));
if (!files.length) {
  const corpus = await generatedCorpus();
  files = corpus.filter((e) => e.facts.needs_ocr).map((e) => path.join(generatedDir, e.file));
  const op90 = path.resolve(root, '..', 'shared', 'corpus', 'datasheets', 'OP90.pdf');
  if (existsSync(op90)) files.push(op90);
}
const figures = await measureOcr(files, { debian: !values['no-debian'], say: (line) => process.stderr.write(`[ocr] ${line}\n`) });
console.log(formatOcr(figures));
