// Generates the test corpus: labelled documents of every category the classifier knows (the
// labelled set its accuracy is measured on), invoices carrying e-invoice XML, a long report, scanned
// pages, a form, and broken or protected files, with a manifest.json that says what each one should give.
//   npm run fixtures [-- <output folder>]      (default e2e/fixtures/generated)
// The same seed gives the same bytes, so tests and benchmarks see the same corpus everywhere.
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bankStatement, contract, invoice, loanDocument, type Made } from './fixtures/business';
import { encryptedPdf, garbagePdf, plainPdf, spinningPdf, truncatedPdf } from './fixtures/broken';
import { hostileXmlInvoice, ublEInvoice } from './fixtures/e-invoice';
import { describeExpect, hostileFiles, type HostileManifestEntry } from './fixtures/hostile';
import { form, other } from './fixtures/misc';
import { scanPdf, type ScanOptions } from './fixtures/scans';
import { seeded, type Random } from './fixtures/random';
import { datasheet, manual, report, scientificPaper } from './fixtures/technical';

export type Expect = 'ok' | 'validation_error' | 'processing_error' | 'timeout';

export type ManifestEntry = {
  file: string;
  /** The category a reader would give it; null when the file has no text to judge by. */
  category: string | null;
  /** Page count as poppler's pdfinfo reports it; null for files that do not open. */
  pages: number | null;
  expect: Expect;
  facts: Record<string, string | number>;
};

type Maker = (r: Random, variant: number) => Promise<Made>;

const LABELLED: [category: string, maker: Maker, count: number][] = [
  ['datasheet', datasheet, 5],
  ['invoice', invoice, 5],
  ['loan_document', loanDocument, 4],
  ['bank_statement', bankStatement, 4],
  ['contract', contract, 5],
  ['scientific_paper', scientificPaper, 4],
  ['manual', manual, 4],
  ['form', form, 4],
  ['report', report, 4],
  ['other', other, 4],
];

/** Writes the corpus to `outDir`; an existing corpus there is kept unless `replace` is set. */
export async function makeTestPdfs(outDir: string, options: { replace?: boolean } = {}): Promise<ManifestEntry[]> {
  // Written to a fresh folder then renamed into place, so a reader never sees half a corpus.
  const tmp = `${outDir}.tmp-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  const manifest: ManifestEntry[] = [];
  const add = async (file: string, bytes: Uint8Array, entry: Omit<ManifestEntry, 'file'>) => {
    await writeFile(path.join(tmp, file), bytes);
    manifest.push({ file, ...entry });
  };

  let seed = 1;
  for (const [category, make, count] of LABELLED) {
    for (let variant = 0; variant < count; variant++) {
      const made = await make(seeded(seed++), variant);
      await add(`${category.replace('_', '-')}-${variant + 1}.pdf`, made.bytes, { category, pages: made.pages, expect: 'ok', facts: made.facts });
    }
  }

  for (const [file, make] of [
    ['e-invoice-ubl.pdf', ublEInvoice],
    ['e-invoice-hostile-xml.pdf', hostileXmlInvoice],
  ] as const) {
    const made = await make();
    await add(file, made.bytes, { category: 'invoice', pages: made.pages, expect: 'ok', facts: made.facts });
  }

  const long = await report(seeded(seed++), 1, 40);
  await add('report-long.pdf', long.bytes, { category: 'report', pages: long.pages, expect: 'ok', facts: long.facts });
  // Scans of born-digital pages (image-only PDFs), each with its source text beside it (<file>.txt,
  // pages separated by form feeds) to measure OCR's word recall against.
  const scans: [file: string, category: string, source: Made, options: ScanOptions][] = [
    ['scanned-2-pages.pdf', 'report', await report(seeded(seed++), 0, 2), { dpi: 200, skew: 0.3, pages: [1, 2] }],
    ['scan-invoice-300dpi-grey.pdf', 'invoice', await invoice(seeded(seed++), 0), { dpi: 300, skew: 0.4, pages: [1] }],
    ['scan-paper-150dpi-colour.pdf', 'scientific_paper', await scientificPaper(seeded(seed++), 0), { dpi: 150, skew: -0.8, colour: true, pages: [1] }],
    ['scan-datasheet-200dpi-junk-layer.pdf', 'datasheet', await datasheet(seeded(seed++), 0), { dpi: 200, garbageLayer: true, pages: [1] }],
  ];
  for (const [file, category, source, options] of scans) {
    const scan = await scanPdf(source.bytes, seeded(seed++), options);
    await add(file, scan.bytes, { category, pages: scan.pages, expect: 'ok', facts: { ...source.facts, ...scan.facts, dpi: options.dpi } });
    await writeFile(path.join(tmp, file.replace(/\.pdf$/, '.txt')), scan.sourceText.join('\f'));
  }
  await add('hand-written.pdf', plainPdf(['A PDF written by hand, one page.', 'Plain text in Helvetica.']), { category: null, pages: 1, expect: 'ok', facts: {} });
  await add('owner-password-only.pdf', encryptedPdf('', 'owner-secret'), { category: null, pages: 1, expect: 'ok', facts: { encrypted: 1 } });

  await add('password-protected.pdf', encryptedPdf('user-secret', 'owner-secret'), { category: null, pages: null, expect: 'validation_error', facts: {} });
  await add('garbage-after-header.pdf', garbagePdf(), { category: null, pages: null, expect: 'processing_error', facts: {} });
  await add('truncated.pdf', truncatedPdf(long.bytes), { category: null, pages: null, expect: 'processing_error', facts: {} });
  await add('spinning.pdf', spinningPdf(256), { category: null, pages: 1, expect: 'timeout', facts: {} });

  await writeFile(path.join(tmp, 'manifest.json'), JSON.stringify(manifest, null, 2));
  await writeHostile(path.join(tmp, 'hostile'));
  if (options.replace) await rm(outDir, { recursive: true, force: true });
  await rename(tmp, outDir).catch(async (err: NodeJS.ErrnoException) => {
    // Another process generated the same corpus at the same moment: theirs is as good as ours.
    if (err.code !== 'ENOTEMPTY' && err.code !== 'EEXIST') throw err;
    await rm(tmp, { recursive: true, force: true });
  });
  return manifest;
}

/** The hostile files (scripts/fixtures/hostile.ts) in their own folder, with hostile.json. */
export async function writeHostile(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const manifest: HostileManifestEntry[] = [];
  for (const hostile of hostileFiles()) {
    await writeFile(path.join(dir, hostile.file), hostile.bytes);
    manifest.push({ file: hostile.file, what: hostile.what, expect: describeExpect(hostile.expect) });
  }
  await writeFile(path.join(dir, 'hostile.json'), JSON.stringify(manifest, null, 2));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const out = path.resolve(process.argv[2] ?? path.join(root, 'e2e', 'fixtures', 'generated'));
  const started = Date.now();
  const manifest = await makeTestPdfs(out, { replace: true });
  console.log(`${manifest.length} PDFs in ${out} (${Date.now() - started} ms)`);
}
