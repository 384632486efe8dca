// The OCR engine: tesseract.js (Tesseract's LSTM compiled to WebAssembly) with models read from
// disk, never downloaded. tesseract.js runs each engine in a worker thread of its own; the
// process's engines are made, lent and ended by engine-pool.ts.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import type { Worker as NodeWorker } from 'node:worker_threads';
import path from 'node:path';
import type { Worker as TesseractWorker } from 'tesseract.js';
import type { LanguageModel } from './languages';

export const ENGINE_NAME = 'tesseract.js';
/** Loading the models takes about a second; longer means something is wrong (a bad file). */
const CREATE_LIMIT_MS = 30_000;

export type OcrBox = { x0: number; y0: number; x1: number; y1: number };
export type OcrWord = { text: string; confidence: number; bbox: OcrBox };
/** One text line as Tesseract found it, in its reading order; `block` numbers its paragraphs. */
export type OcrLine = { words: OcrWord[]; bbox: OcrBox; baseline: OcrBox; block: number };
export type OcrPage = { lines: OcrLine[]; confidence: number; text: string };

export type OcrEngine = {
  languages: string;
  /** `dpi`: the image's resolution (Tesseract otherwise estimates it, and says so on stderr). */
  recognize(image: Buffer, dpi: number): Promise<OcrPage>;
  terminate(): Promise<void>;
};

/**
 * tesseract.js reads every model from one folder (`langPath`): a folder of links named
 * `<code>.traineddata.gz` to the models wherever they are (tesseract.js checks the gzip magic
 * itself, so an uncompressed Debian model behind a .gz name is read as it is).
 */
function modelFolder(models: LanguageModel[]): string {
  const key = createHash('sha256').update(models.map((m) => `${m.code}=${m.file}`).join('\n')).digest('hex').slice(0, 12);
  const dir = path.join(os.tmpdir(), `pdf-batch-tessdata-${key}`);
  mkdirSync(dir, { recursive: true });
  for (const model of models) {
    const link = path.join(dir, `${model.code}.traineddata.gz`);
    if (!existsSync(link)) {
      try {
        symlinkSync(model.file, link);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
    }
  }
  return dir;
}

const withLimit = <T>(promise: Promise<T>, ms: number, message: string): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(message)), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });

export async function createEngine(models: LanguageModel[]): Promise<OcrEngine> {
  for (const model of models) if (!existsSync(model.file)) throw new Error(`the OCR model for ${model.code} is missing (${model.file})`);
  const languages = models.map((m) => m.code).join('+');
  const langPath = modelFolder(models);
  // Loaded here, not at the top: only the thread that makes engines needs tesseract.js.
  const { default: Tesseract } = await import('tesseract.js');
  let worker: TesseractWorker | null = null;
  const creating = Tesseract.createWorker(languages, Tesseract.OEM.LSTM_ONLY, {
    langPath,
    gzip: true,
    cacheMethod: 'none',
    // Without it a failed job throws where nothing can catch it; the job's promise still rejects.
    errorHandler: () => undefined,
  });
  try {
    worker = await withLimit(creating, CREATE_LIMIT_MS, `the OCR engine did not start within ${CREATE_LIMIT_MS / 1000} s (models: ${languages})`);
    // The default (one block) reads straight across columns.
    // debug_file: Tesseract's notes ("Detected 44 diacritics") would go to the server's stderr.
    await worker.setParameters({ tessedit_pageseg_mode: Tesseract.PSM.AUTO, debug_file: '/dev/null' });
  } catch (err) {
    void creating.then((w) => w.terminate()).catch(() => undefined);
    throw err;
  }
  const w = worker;
  // tesseract.js listens for its thread's failure with `onerror`, which a Node Worker never calls:
  // without these, a thread that crashed would leave its page waiting forever (and an 'error' event
  // nobody listens to ends the thread that made the engine).
  let broken: Error | null = null;
  let failPage: ((err: Error) => void) | null = null;
  const thread = (w as unknown as { worker?: NodeWorker }).worker;
  thread?.on('error', (err: Error) => {
    broken ??= new Error(`the OCR engine failed: ${err.message}`);
    failPage?.(broken);
  });
  thread?.on('exit', (code: number) => {
    broken ??= new Error(`the OCR engine stopped (exit code ${code})`);
    failPage?.(broken);
  });
  // tesseract.js rejects a job with a string, not an Error.
  const asError = (e: unknown) => (e instanceof Error ? e : new Error(String(e)));
  const orFailure = <T>(work: Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (broken) return reject(broken);
      const fail = (e: unknown) => reject(asError(e));
      failPage = fail;
      work.then(resolve, fail).finally(() => {
        if (failPage === fail) failPage = null;
      });
    });
  let lastDpi = 0;
  return {
    languages,
    async recognize(image: Buffer, dpi: number): Promise<OcrPage> {
      if (dpi !== lastDpi) {
        await orFailure(w.setParameters({ user_defined_dpi: String(Math.max(70, Math.min(2400, Math.round(dpi)))) }));
        lastDpi = dpi;
      }
      const { data } = await orFailure(w.recognize(image, {}, { blocks: true, text: true }));
      const lines: OcrLine[] = [];
      let block = 0;
      for (const b of data.blocks ?? []) {
        for (const paragraph of b.paragraphs) {
          for (const line of paragraph.lines) {
            const words = line.words.filter((word) => word.text.trim()).map((word) => ({ text: word.text.trim(), confidence: word.confidence, bbox: word.bbox }));
            if (words.length) lines.push({ words, bbox: line.bbox, baseline: line.baseline, block });
          }
          block++;
        }
      }
      return { lines, confidence: data.confidence, text: data.text };
    },
    async terminate() {
      await w.terminate();
      // tesseract.js does not wait for its thread to end; the pool counts the engine until it has.
      await thread?.terminate();
    },
  };
}
