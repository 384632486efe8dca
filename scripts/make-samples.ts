// Writes the sample PDFs that ship with the app (public/samples/), used by "Try it with sample
// PDFs" (POST /api/batches/demo). Run once; the PDFs are committed.
//   npx tsx scripts/make-samples.ts
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { invoice, loanDocument, type Made } from './fixtures/business';
import { form } from './fixtures/misc';
import { seeded } from './fixtures/random';
import { scanPdf } from './fixtures/scans';
import { datasheet, scientificPaper } from './fixtures/technical';

const SAMPLES: [file: string, make: () => Promise<Made>][] = [
  ['invoice-northwind.pdf', () => invoice(seeded(101), 0)],
  ['datasheet-regulator.pdf', () => datasheet(seeded(102), 0)],
  ['loan-agreement.pdf', () => loanDocument(seeded(103), 0)],
  ['research-paper.pdf', () => scientificPaper(seeded(104), 0)],
  ['application-form.pdf', () => form(seeded(105), 0)],
  // A scanned invoice (an image only, 200 dpi, slightly turned): read by OCR.
  ['scanned-page.pdf', async () => scanPdf((await invoice(seeded(106), 1)).bytes, seeded(107), { dpi: 200, skew: 0.5, pages: [1] })],
];

const outDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'public', 'samples');
await mkdir(outDir, { recursive: true });
for (const [file, make] of SAMPLES) {
  const made = await make();
  await writeFile(path.join(outDir, file), made.bytes);
  process.stdout.write(`${file}: ${made.pages} page(s), ${made.bytes.length} bytes\n`);
}
