// OCR through the real server: the scans as one batch (full_extraction, the server's default OCR),
// with the server's RSS sampled throughout and the most OCR engines it held (pdf_batch_ocr_engines).
// What a person dropping a folder with scans in it meets: OCR_CONCURRENCY bounds the engines, and
// each page drawn or decoded adds to them while it is read. Used by `npm run bench` (its OCR section).
import { uploadBatch, waitForBatch } from '../../e2e/support/api';
import { parseExposition, sampleValue } from '../../e2e/support/prometheus';
import { startServer } from '../../e2e/support/server';
import { BENCH_LIMITS } from './server-limits';
import { sampleRss } from './rss';
import { stopWhenDone } from './stop-when-done';

export type OcrBatchFigures = { threads: number; ocrConcurrency: string; documents: number; pages: number; seconds: number; peakRssMb: number | null; mostEngines: number; failed: number };

const engines = async (url: string): Promise<number> =>
  sampleValue(parseExposition(await (await fetch(`${url}/metrics`)).text()), 'pdf_batch_ocr_engines', { state: 'running' });

export async function measureOcrBatch(files: string[], threads: number, env: Record<string, string> = {}): Promise<OcrBatchFigures> {
  const starting = startServer({ env: { ...BENCH_LIMITS, WORKER_CONCURRENCY: String(threads), ...env } });
  const stop = stopWhenDone(starting);
  try {
    const server = await starting;
    const pid = server.process.pid;
    if (pid === undefined) throw new Error('the server process has no pid');
    const rss = sampleRss(pid, 50);
    let mostEngines = 0;
    let done = false;
    const watching = (async () => {
      while (!done) {
        mostEngines = Math.max(mostEngines, await engines(server.url).catch(() => 0));
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();
    const began = performance.now();
    const { status, body } = await uploadBatch(server.url, files.map((file) => ({ path: file })), { workflow: 'full_extraction' });
    if (status !== 201) throw new Error(`the OCR batch was refused (${status}): ${JSON.stringify(body)}`);
    const batch = await waitForBatch(server.url, body.batch_id, 1_800_000).finally(() => (done = true));
    const seconds = (performance.now() - began) / 1000;
    await watching;
    const peakRssMb = rss.stop();
    const pages = batch.jobs.reduce((sum, job) => sum + (job.pages ?? 0), 0);
    return {
      threads,
      ocrConcurrency: env.OCR_CONCURRENCY ?? 'default',
      documents: batch.jobs.length,
      pages,
      seconds,
      peakRssMb,
      mostEngines,
      failed: batch.jobs.filter((j) => j.status !== 'completed').length,
    };
  } finally {
    await stop();
  }
}

export function formatOcrBatch(figures: OcrBatchFigures[]): string {
  const rows = figures.map(
    (f) =>
      `| ${f.threads} | ${f.ocrConcurrency} | ${f.documents} (${f.pages} pages) | ${f.seconds.toFixed(1)} s | ${f.peakRssMb === null ? 'n/a' : `${f.peakRssMb.toFixed(0)} MB`} | ${f.mostEngines} |` + (f.failed ? ` ${f.failed} failed` : ''),
  );
  return ['| PDF threads | OCR_CONCURRENCY | documents | seconds | server peak RSS | most engines |', '| ---: | ---: | ---: | ---: | ---: | ---: |', ...rows].join('\n');
}
