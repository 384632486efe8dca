// The shape of a job's result (`GET /api/jobs/:id` → `result`), shared by the worker thread that
// produces it, the API that serves it and the browser that shows it.
import type { ErrorType, JobStage, Workflow } from '../schemas/batch';

export type DocumentMetadata = {
  title: string | null;
  author: string | null;
  subject: string | null;
  keywords: string | null;
  creator: string | null;
  producer: string | null;
  creation_date: string | null;
  modification_date: string | null;
  pdf_version: string | null;
  page_count: number;
  encrypted: boolean;
};

export type PageResult = {
  number: number;
  width: number;
  height: number;
  text: string;
  has_text_layer: boolean;
};

export type DocumentResult = {
  workflow: Workflow;
  metadata: DocumentMetadata;
  text: string;
  pages: PageResult[];
};

/** Messages from the main thread to a PDF worker thread. */
export type ThreadRequest = {
  type: 'run';
  jobId: string;
  file: string;
  workflow: Workflow;
  maxPages: number;
};

/** Messages from a PDF worker thread to the main thread. */
export type ThreadMessage =
  | { type: 'ready' }
  | { type: 'stage'; jobId: string; stage: JobStage }
  | { type: 'done'; jobId: string; result: DocumentResult }
  | { type: 'failed'; jobId: string; errorType: ErrorType; message: string; detail?: string };
