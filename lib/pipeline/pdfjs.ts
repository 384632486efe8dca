// The only place that imports pdf.js. It runs inside worker threads (see thread-entry.ts).
import { createRequire } from 'node:module';
import path from 'node:path';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';

export type PdfDocument = pdfjs.PDFDocumentProxy;
export type PdfPage = pdfjs.PDFPageProxy;
export const OPS = pdfjs.OPS;

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
    isEvalSupported: false, // a PDF's JavaScript is never run
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  return task.promise;
}

export const isPasswordError = (err: unknown) => (err as Error | null)?.name === 'PasswordException';
export const isInvalidPdfError = (err: unknown) => err instanceof pdfjs.InvalidPDFException;
