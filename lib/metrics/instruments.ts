// The Prometheus instruments of this process, in one registry. Kept on globalThis (process-shared)
// because the custom server and Next's route handlers load their own copies of this module: both
// must count into, and GET /metrics must read, the same registry.
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { config } from '../config';
import { processShared } from '../runtime/process-shared';

/** How a settled run ended: its histogram label. `retrying`: failed, queued again after a backoff. */
export type RunOutcome = 'completed' | 'failed' | 'retrying';

function create() {
  const registry = new Registry();
  const registers = [registry];
  // Process metrics (RSS, heap, event loop lag, GC...), unless /metrics is off.
  if (config().metricsEnabled) collectDefaultMetrics({ register: registry });
  return {
    registry,
    /** Jobs in the database by status, set at each scrape (lib/metrics/render-metrics.ts). */
    jobs: new Gauge({ name: 'pdf_batch_jobs', help: 'Jobs in the database by status, read at scrape time.', labelNames: ['status'], registers }),
    queueDepth: new Gauge({ name: 'pdf_batch_queue_depth', help: 'Jobs waiting to be claimed (queued, duplicates not counted).', registers }),
    queuePaused: new Gauge({ name: 'pdf_batch_queue_paused', help: '1 while the queue is paused.', registers }),
    databaseUp: new Gauge({ name: 'pdf_batch_database_up', help: '1 when the database answered the last scrape.', registers }),
    workerThreads: new Gauge({ name: 'pdf_batch_worker_threads', help: 'PDF worker threads of this process: configured, ready (pdf.js loaded), busy.', labelNames: ['state'], registers }),
    ocrEngines: new Gauge({ name: 'pdf_batch_ocr_engines', help: 'OCR engines of this process (at most OCR_CONCURRENCY, about 150 MB each once used): running, busy reading a page.', labelNames: ['state'], registers }),
    processingSeconds: new Histogram({
      name: 'pdf_batch_job_processing_seconds',
      help: 'Time from claim to settle of each run of a job, by workflow and outcome.',
      labelNames: ['workflow', 'outcome'],
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300],
      registers,
    }),
    pagesProcessed: new Counter({ name: 'pdf_batch_pages_processed_total', help: 'Pages of the documents completed by this process.', labelNames: ['workflow'], registers }),
    uploadBytes: new Counter({ name: 'pdf_batch_upload_bytes_total', help: 'Bytes of the files accepted into batches, by source (upload, watch, samples).', labelNames: ['source'], registers }),
    uploadFiles: new Counter({ name: 'pdf_batch_upload_files_total', help: 'Files of the batches created, by source and whether they were accepted or rejected at the door.', labelNames: ['source', 'outcome'], registers }),
    eventsEmitted: new Counter({ name: 'pdf_batch_events_emitted_total', help: 'Real-time events published (one per emit to a room), by event name.', labelNames: ['event'], registers }),
    eventDeliveries: new Counter({ name: 'pdf_batch_event_deliveries_total', help: 'Socket.IO clients of this process each event was sent to (the fan-out), by event name.', labelNames: ['event'], registers }),
  };
}

export type Metrics = ReturnType<typeof create>;

/** The instruments; the first call (the server's start) also starts sampling process metrics. */
export const metrics = (): Metrics => processShared('metrics', create);

