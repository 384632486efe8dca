// Prints the page layouts (lines and segments in reading order) the pipeline builds for a PDF, as
// JSON, or its text with --text. For looking at what the detectors see, and for test fixtures.
//   npx tsx scripts/dump-layout.ts <file.pdf> [pages, e.g. 1,3] [--text]
import { readFile } from 'node:fs/promises';
import { buildPageLayout } from '../lib/pipeline/layout/page-layout';
import { closePdf, openPdf } from '../lib/pipeline/pdfjs';

const [file, pageList] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!file) {
  console.error('usage: npx tsx scripts/dump-layout.ts <file.pdf> [pages] [--text]');
  process.exit(2);
}
const doc = await openPdf(new Uint8Array(await readFile(file)));
const numbers = pageList ? pageList.split(',').map(Number) : Array.from({ length: doc.numPages }, (_, i) => i + 1);
const layouts = [];
for (const number of numbers) {
  const page = await doc.getPage(number);
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  layouts.push(buildPageLayout(content.items, { number, width: viewport.width, height: viewport.height, viewportTransform: viewport.transform }));
}
await closePdf(doc);
if (process.argv.includes('--text')) console.log(layouts.map((l) => l.text).join('\n\n'));
else console.log(JSON.stringify(layouts, (_k, v) => (typeof v === 'number' ? Math.round(v * 100) / 100 : v)));
