// The only place that imports pdf.js. It runs inside worker threads (see thread-entry.ts).
import './engine-builtins.mjs'; // first: keeps the engine's built-ins that pdf.js replaces (the threads put them back)
import './pdfjs-node20-polyfills.mjs'; // next: what pdf.js 6 needs and Node 20 lacks
import { createRequire } from 'node:module';
import path from 'node:path';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.min.mjs';
// pdf.js runs its worker half in this thread (as it does on Node in any case), from
// `globalThis.pdfjsWorker`, which this module sets: the minified build, whose source V8 keeps in
// every thread, is half the size of pdf.worker.mjs that pdf.js would import otherwise (2 MB less a thread).
import 'pdfjs-dist/legacy/build/pdf.worker.min.mjs';

export type PdfDocument = pdfjs.PDFDocumentProxy;
export type PdfPage = pdfjs.PDFPageProxy;
export const OPS = pdfjs.OPS;
export const ImageKind = pdfjs.ImageKind;

/** The parsed date of a PDF date string (`D:20240131...`), or null. */
export const parsePdfDate = (value: unknown): Date | null =>
  typeof value === 'string' ? (pdfjs.PDFDateString.toDateObject(value) ?? null) : null;

const require = createRequire(import.meta.url);
// pdf.js on Node reads these with fs, so they are folder paths ending in a separator.
const pdfjsRoot = path.dirname(require.resolve('pdfjs-dist/package.json'));
const assets = {
  cMapUrl: path.join(pdfjsRoot, 'cmaps') + path.sep,
  cMapPacked: true,
  standardFontDataUrl: path.join(pdfjsRoot, 'standard_fonts') + path.sep,
  wasmUrl: path.join(pdfjsRoot, 'wasm') + path.sep,
  iccUrl: path.join(pdfjsRoot, 'iccs') + path.sep,
};

export async function openPdf(data: Uint8Array): Promise<PdfDocument> {
  const task = pdfjs.getDocument({
    data,
    ...assets,
    // A PDF's JavaScript is never run: no XFA forms, and pdf.js's scripting sandbox
    // (pdf.scripting.mjs, used only by its viewer) is never loaded. (pdf.js 6 uses no eval at all.)
    enableXfa: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  return task.promise;
}

/** Ends a document and frees what pdf.js holds for it (pdf.js 6 has no `PDFDocumentProxy.destroy`). */
export const closePdf = (doc: PdfDocument): Promise<void> => doc.loadingTask.destroy();

// The smallest valid PDF: one empty page.
const EMPTY_PDF = `%PDF-1.4
1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj
2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj
3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 10 10]>>endobj
trailer<</Root 1 0 R>>
%%EOF`;

/**
 * Opens and reads a tiny PDF once, so that pdf.js loads its worker code (a large module it
 * imports on the first document) before the thread says it is ready: a document's time limit
 * then measures the document, not the thread's start.
 */
export async function warmUp(): Promise<void> {
  const doc = await openPdf(new TextEncoder().encode(EMPTY_PDF));
  await (await doc.getPage(1)).getTextContent();
  await closePdf(doc);
}

export const isPasswordError = (err: unknown) => (err as Error | null)?.name === 'PasswordException';
export const isInvalidPdfError = (err: unknown) => err instanceof pdfjs.InvalidPDFException;
