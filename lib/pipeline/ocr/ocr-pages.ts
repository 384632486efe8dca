// The OCR pass, after every page's text layer has been read: the pages that need it (or every
// page with OCR=force) are drawn and read by Tesseract one at a time, each holding one of the
// process's OCR permits (OCR_CONCURRENCY) while it is drawn and read by one of the process's
// engines (engine-pool.ts). A page is started only while twice the longest page so far still fits
// before the deadline, and one still being read (or waiting for a permit) at the deadline is given
// up; the pages left unread are named in a warning, as are pages whose OCR failed, and the document
// completes with what was read (`partial`).
import { createRequire } from 'node:module';
import type { PageLayout } from '../layout/types';
import type { PdfDocument } from '../pdfjs';
import { LOW_OCR_CONFIDENCE, type OcrMode, type PageOcr, type PageResult } from '../types';
import { OcrStartError, type OcrReading } from './reading';
import { meanConfidence, ocrLayout } from './ocr-layout';
import { pageImage } from './page-image';

const require = createRequire(import.meta.url);
const version = (() => {
  try {
    return (require('tesseract.js/package.json') as { version: string }).version;
  } catch {
    return '';
  }
})();
export const ENGINE = `tesseract.js ${version}`.trim();

/** Before the first page is timed, a page is assumed to take this long. */
const FIRST_PAGE_GUESS_MS = 3000;

const TIME_UP = Symbol('time up');

/**
 * `promise`, or TIME_UP once `deadline` passes first. A page Tesseract is still reading then (on a
 * loaded machine one page can take longer than the whole time left) is given up, so that the
 * document completes with the pages read instead of being ended at JOB_TIMEOUT_S with none.
 */
function beforeDeadline<T>(promise: Promise<T>, deadline: number): Promise<T | typeof TIME_UP> {
  let timer: NodeJS.Timeout | undefined;
  const timeUp = new Promise<typeof TIME_UP>((resolve) => {
    timer = setTimeout(() => resolve(TIME_UP), Math.max(0, deadline - Date.now()));
  });
  return Promise.race([promise, timeUp]).finally(() => clearTimeout(timer));
}

/** How a document's pages reach an engine: from a PDF thread, the server's OCR thread (ocr-host.ts); elsewhere a local pool. */
export type OcrService = {
  /** Waits for one of the process's OCR permits (a page drawn and read at a time each). */
  acquire(): Promise<void>;
  /** Gives the permit back; `abandon`: the page sent last was given up at the deadline (its engine stops it). */
  release(abandon?: boolean): void;
  /** Reads a page image (PGM); rejects with OcrStartError when no engine can be made for `languages`. */
  recognize(languages: string[], image: Buffer, dpi: number): Promise<OcrReading>;
};

export type OcrPassOptions = {
  mode: OcrMode;
  languages: string[];
  deadline: number;
  warnings: string[];
  service: OcrService;
  onPage: (done: number, total: number) => void;
};

/** The pages OCR reads in this mode. */
export const pagesToOcr = (pages: PageResult[], mode: OcrMode): number[] =>
  mode === 'off' ? [] : pages.filter((p) => p.width > 0 && (mode === 'force' || p.needs_ocr)).map((p) => p.number);

const describe = (numbers: number[]) => (numbers.length === 1 ? `page ${numbers[0]}` : `pages ${numbers.join(', ')}`);

/** Reads the chosen pages by OCR, replacing their text and layout in `pages` and `layouts`. False when time ran out. */
export async function ocrPages(doc: PdfDocument, pages: PageResult[], layouts: PageLayout[], options: OcrPassOptions): Promise<boolean> {
  const todo = pagesToOcr(pages, options.mode);
  if (!todo.length) return true;
  let longest = FIRST_PAGE_GUESS_MS;
  options.onPage(0, todo.length);
  const stopped = (i: number) => {
    options.warnings.push(`OCR stopped at the time limit (JOB_TIMEOUT_S): ${describe(todo.slice(i))} not read.`);
    return false;
  };
  for (let i = 0; i < todo.length; i++) {
    if (Date.now() + 2 * longest > options.deadline) return stopped(i);
    const number = todo[i];
    const index = pages.findIndex((p) => p.number === number);
    const started = Date.now();
    // Waiting for a permit another document holds is bounded by the deadline too (release() then
    // takes this document out of the line).
    if ((await beforeDeadline(options.service.acquire(), options.deadline)) === TIME_UP) {
      options.service.release();
      return stopped(i);
    }
    let languages = options.languages.join('+');
    let abandoned = false;
    try {
      const page = await doc.getPage(number);
      const image = await pageImage(page);
      page.cleanup();
      const reading = await beforeDeadline(options.service.recognize(options.languages, image.pgm, image.dpi), options.deadline);
      if (reading === TIME_UP) {
        abandoned = true;
        return stopped(i);
      }
      const ocr = reading.page;
      languages = reading.languages;
      const layout = ocrLayout(ocr, image.map, { number, width: pages[index].width, height: pages[index].height });
      const words = ocr.lines.flatMap((l) => l.words);
      const confidence = meanConfidence(words);
      const result: PageOcr = {
        used: layout.text.trim().length > 0,
        engine: ENGINE,
        language: languages,
        confidence,
        seconds: Math.round((Date.now() - started) / 100) / 10,
        low_confidence: confidence !== null && confidence < LOW_OCR_CONFIDENCE,
      };
      // With OCR=force a born-digital page keeps its text layer when OCR reads nothing.
      if (result.used) {
        layouts[index] = layout;
        pages[index] = { ...pages[index], text: layout.text, ocr: result };
      } else pages[index] = { ...pages[index], ocr: result };
      if (result.low_confidence) options.warnings.push(`Page ${number}: OCR confidence is low (${confidence}); its text may be wrong.`);
    } catch (err) {
      if (err instanceof OcrStartError) {
        const left = todo.slice(i);
        options.warnings.push(`OCR could not start (${err.message}); ${describe(left)} ${left.length === 1 ? 'was' : 'were'} not read.`);
        return true;
      }
      options.warnings.push(`Page ${number}: OCR failed: ${(err as Error).message}`);
      pages[index] = { ...pages[index], ocr: { used: false, engine: ENGINE, language: languages, confidence: null, seconds: Math.round((Date.now() - started) / 100) / 10, low_confidence: false } };
    } finally {
      options.service.release(abandoned);
    }
    longest = Math.max(i === 0 ? 0 : longest, Date.now() - started);
    options.onPage(i + 1, todo.length);
  }
  return true;
}
