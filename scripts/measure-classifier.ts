// Measures the document classifier on the labelled corpus (e2e/fixtures/generated/manifest.json)
// plus two real manuals from /usr/share/doc: accuracy, the misses, and mean time per document.
//   npx tsx scripts/measure-classifier.ts [--verbose]
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { classify, type ClassifyInput } from '../lib/pipeline/classify/classify';
import { buildPageLayout } from '../lib/pipeline/layout/page-layout';
import type { PageLayout } from '../lib/pipeline/layout/types';
import { closePdf, openPdf } from '../lib/pipeline/pdfjs';
import type { Category, Classification, DocumentMetadata } from '../lib/pipeline/types';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CORPUS_DIR = path.join(root, 'e2e', 'fixtures', 'generated');

/** Real-world documents outside the corpus. The MIME spec is a normative reference for implementers: manual. */
export const REAL_DOCS: LabelledFile[] = [
  { file: '/usr/share/doc/libtasn1-doc/libtasn1.pdf', category: 'manual' },
  { file: '/usr/share/doc/shared-mime-info/shared-mime-info-spec.pdf', category: 'manual' },
];

export type LabelledFile = { file: string; category: Category };
/** `ms` is the classifier's own time; `loadMs` opening the PDF and building its layouts. */
export type Outcome = LabelledFile & { result: Classification; ms: number; loadMs: number };

type PageDetector<T> = (page: PageLayout) => T[];
type DocDetector<T> = (pages: PageLayout[]) => T[];

/** A detector written by someone else, used when its module is there (and working). */
async function optionalExport(relative: string, name: string): Promise<unknown> {
  const file = path.join(root, relative);
  if (!existsSync(file)) return null;
  try {
    const mod: Record<string, unknown> = await import(pathToFileURL(file).href);
    return typeof mod[name] === 'function' ? mod[name] : null;
  } catch {
    return null;
  }
}

const detectors = (async () => ({
  tables: (await optionalExport('lib/pipeline/detect/tables.ts', 'detectTables')) as PageDetector<unknown> | null,
  fields: (await optionalExport('lib/pipeline/detect/fields.ts', 'detectFields')) as DocDetector<{ key: string }> | null,
}))();

const str = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null);

/** Opens a PDF and builds the classifier's input the way the pipeline does (layouts as in dump-layout). */
export async function loadClassifyInput(file: string): Promise<ClassifyInput> {
  const doc = await openPdf(new Uint8Array(await readFile(file)));
  try {
    const pages: PageLayout[] = [];
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      pages.push(buildPageLayout(content.items, { number, width: viewport.width, height: viewport.height, viewportTransform: viewport.transform }));
    }
    const info = (await doc.getMetadata()).info as Record<string, unknown>;
    const fieldObjects = await doc.getFieldObjects();
    const metadata: DocumentMetadata = {
      title: str(info.Title),
      author: str(info.Author),
      subject: str(info.Subject),
      keywords: str(info.Keywords),
      creator: str(info.Creator),
      producer: str(info.Producer),
      creation_date: null,
      modification_date: null,
      pdf_version: str(info.PDFFormatVersion),
      page_count: doc.numPages,
      encrypted: false,
      xmp: null,
      has_outline: false,
      outline: [],
      form_fields: [],
    };
    const { tables, fields } = await detectors;
    return {
      text: pages.map((p) => p.text).join('\n\n'),
      pages,
      metadata,
      tableCount: tables ? pages.reduce((n, p) => n + tables(p).length, 0) : 0,
      fieldKeys: fields ? fields(pages).map((f) => f.key) : [],
      formFieldCount: fieldObjects?.size ?? 0,
    };
  } finally {
    await closePdf(doc);
  }
}

/** The corpus's labelled files (category not null). */
export async function corpusFiles(dir = CORPUS_DIR): Promise<LabelledFile[]> {
  const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as { file: string; category: Category | null }[];
  return manifest.filter((e) => e.category !== null).map((e) => ({ file: path.join(dir, e.file), category: e.category as Category }));
}

export async function measure(files: LabelledFile[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const f of files) {
    const loading = performance.now();
    const input = await loadClassifyInput(f.file);
    const started = performance.now();
    const result = classify(input);
    outcomes.push({ ...f, result, ms: performance.now() - started, loadMs: started - loading });
  }
  return outcomes;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const verbose = process.argv.includes('--verbose');
  const files = [...(await corpusFiles()), ...REAL_DOCS.filter((d) => existsSync(d.file))];
  const outcomes = await measure(files);
  const hits = outcomes.filter((o) => o.result.final_category === o.category);
  console.log(`accuracy ${hits.length}/${outcomes.length} = ${(hits.length / outcomes.length).toFixed(3)}`);
  for (const o of outcomes) {
    const miss = o.result.final_category !== o.category;
    if (!miss && !verbose) continue;
    console.log(`${miss ? 'MISS' : 'ok  '} ${path.basename(o.file)}: expected ${o.category}, got ${o.result.final_category} (confidence ${o.result.confidence})`);
    if (miss || verbose) for (const s of o.result.signals.slice(0, 5)) console.log(`       ${s}`);
  }
  const mean = (values: number[]) => (values.reduce((a, b) => a + b, 0) / values.length).toFixed(2);
  console.log(`classify: mean ${mean(outcomes.map((o) => o.ms))} ms per document, max ${Math.max(...outcomes.map((o) => o.ms)).toFixed(2)} ms`);
  console.log(`open + layouts + tables + fields: mean ${mean(outcomes.map((o) => o.loadMs))} ms per document`);
}
