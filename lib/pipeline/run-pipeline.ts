// One document through the stages of its workflow. Runs in a worker thread; reports each stage.
import { readFile } from 'node:fs/promises';
import type { JobStage } from '../schemas/batch';
import { PipelineError } from './errors';
import { extractMetadata } from './extract-metadata';
import { pageText } from './page-text';
import { openPdf, type PdfDocument } from './pdfjs';
import type { DocumentResult, PageResult, ThreadRequest } from './types';

export async function runPipeline(request: ThreadRequest, onStage: (stage: JobStage) => void): Promise<DocumentResult> {
  const data = new Uint8Array(await readFile(request.file));
  const doc = await openPdf(data);
  try {
    if (doc.numPages > request.maxPages) {
      throw new PipelineError(
        'validation_error',
        `The document has ${doc.numPages} pages; the limit is ${request.maxPages} (MAX_PAGES).`,
      );
    }
    const metadata = await extractMetadata(doc);
    onStage('loaded');
    const pages = await extractPages(doc);
    onStage('extracted');
    const text = pages.map((p) => p.text).join('\n\n');
    onStage('analysed');
    return { workflow: request.workflow, metadata, text, pages };
  } finally {
    await doc.destroy();
  }
}

async function extractPages(doc: PdfDocument): Promise<PageResult[]> {
  const pages: PageResult[] = [];
  for (let number = 1; number <= doc.numPages; number++) {
    const page = await doc.getPage(number);
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const text = pageText(content.items);
    pages.push({
      number,
      width: Math.round(viewport.width * 100) / 100,
      height: Math.round(viewport.height * 100) / 100,
      text,
      has_text_layer: text.length > 0,
    });
    page.cleanup();
  }
  return pages;
}
