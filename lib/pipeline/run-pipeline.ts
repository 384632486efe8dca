// One document through the stages of its workflow, in a worker thread: open and check it
// (loaded), read every page once and detect structure (extracted), classify and run the type's
// extractor (analysed). Past the time budget it stops reading pages and fails with `timeout`,
// carrying what it had read as a partial result.
import { readFile } from 'node:fs/promises';
import type { JobStage, PageStage } from '../schemas/batch';
import { classifyDocument, detectStructure, documentLanguage, extractDomainData } from './analyse';
import { attachTableRules } from './extractors/datasheet/table-rules';
import { PipelineError } from './errors';
import { extractMetadata } from './extract-metadata';
import { readXmlAttachments } from './extractors/invoice/embedded/attachments';
import { readEInvoice } from './extractors/invoice/embedded/read-e-invoice';
import { localEngines } from './ocr/engine-pool';
import { ocrPages, type OcrService } from './ocr/ocr-pages';
import { closePdf, openPdf } from './pdfjs';
import { readPages } from './read-pages';
import type { DocumentResult, ThreadRequest } from './types';

/** Without a thread pool (scripts, tests) OCR needs no permit and reads with this process's own engine. */
const LOCAL_OCR: OcrService = {
  acquire: async () => undefined,
  release: () => undefined,
  recognize: (languages, image, dpi) => localEngines().recognize('local', languages, image, dpi),
};

export async function runPipeline(request: ThreadRequest, onStage: (stage: JobStage | PageStage) => void, ocr: OcrService = LOCAL_OCR): Promise<DocumentResult> {
  // Stop reading pages with time left to send back what was read before the thread is ended.
  const deadline = Date.now() + request.timeLimitMs * 0.85;
  const data = new Uint8Array(await readFile(request.file));
  const doc = await openPdf(data);
  try {
    if (doc.numPages > request.maxPages) {
      throw new PipelineError('validation_error', `The document has ${doc.numPages} pages; the limit is ${request.maxPages} (MAX_PAGES).`);
    }
    const warnings: string[] = [];
    const metadata = await extractMetadata(doc, warnings);
    onStage('loaded');

    const read = await readPages(doc, { countImages: true, deadline, warnings, onPage: (n, total) => onStage(`reading:${n}/${total}`) });
    // OCR after every text layer is read: pages without a usable one (all with OCR=force).
    let ocrComplete = true;
    if (read.complete && request.ocr && request.ocr.mode !== 'off') {
      ocrComplete = await ocrPages(doc, read.pages, read.layouts, {
        ...request.ocr,
        deadline,
        warnings,
        service: ocr,
        onPage: (n, total) => onStage(`ocr:${n}/${total}`),
      });
    }
    const text = read.pages.map((p) => p.text).join('\n\n');
    const base: DocumentResult = { workflow: request.workflow, metadata, text, pages: read.pages, partial: false, warnings };
    if (!read.complete) {
      const limit = Math.round(request.timeLimitMs / 1000);
      throw new PipelineError('timeout', `Processing took longer than ${limit} s (JOB_TIMEOUT_S) and was stopped; ${read.pages.length} of ${doc.numPages} pages were read.`, {
        ...base,
        partial: true,
      });
    }
    // An e-invoice travels as an XML attachment (Factur-X, ZUGFeRD, XRechnung): read it while the document is open.
    const eInvoice = request.workflow === 'text_only' ? null : readEInvoice(await readXmlAttachments(doc, warnings), warnings);
    const input = { workflow: request.workflow, layouts: read.layouts, text, metadata, warnings, eInvoice };
    const language = documentLanguage(input);
    const structure = detectStructure(input, language);
    onStage('extracted');

    const classified = classifyDocument(input, structure, language);
    // A datasheet's characteristics tables are read with the rules drawn on their pages.
    if (request.workflow === 'full_extraction' && classified.classification?.final_category === 'datasheet') await attachTableRules(doc, read.layouts, warnings, deadline);
    const { domain } = extractDomainData(input, structure, classified);
    onStage('analysed');
    const partial = !ocrComplete || warnings.some((w) => /could not be read|failed|not read/.test(w));
    return { ...base, ...structure, ...classified, ...(domain !== undefined ? { domain } : {}), partial };
  } finally {
    await closePdf(doc);
  }
}
