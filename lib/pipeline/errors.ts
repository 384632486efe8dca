// Failures of a document, each with the error type the API reports and words a person understands.
// A failure may carry what was extracted before it (a partial result), which is kept.
import type { ErrorType } from '../schemas/batch';
import { isInvalidPdfError, isPasswordError } from './pdfjs';
import type { DocumentResult } from './types';

export class PipelineError extends Error {
  constructor(
    readonly errorType: ErrorType,
    message: string,
    readonly partial?: DocumentResult,
  ) {
    super(message);
    this.name = 'PipelineError';
  }
}

/** pdf.js's errors for a file whose bytes do not parse (seen in the fuzz run, e2e/api/pipeline-fuzz.test.ts). */
const DAMAGED = new Set(['FormatError', 'XRefEntryException', 'XRefParseException']);

/** Any error thrown while processing a document, as a PipelineError. */
export function toPipelineError(err: unknown): PipelineError {
  if (err instanceof PipelineError) return err;
  if (isPasswordError(err)) {
    return new PipelineError(
      'validation_error',
      'The PDF is protected by a password and cannot be opened without it. Remove the password (open it in a PDF viewer and save a copy without one, ' +
        'or run `qpdf --decrypt --password=… in.pdf out.pdf`) and upload it again.',
    );
  }
  const detail = (err instanceof Error ? err.message : String(err)).replace(/\.+$/, '');
  if (isInvalidPdfError(err) || DAMAGED.has((err as Error | null)?.name ?? '')) {
    return new PipelineError('processing_error', `The file is damaged or not a valid PDF and cannot be read (${detail}).`);
  }
  return new PipelineError('processing_error', `The PDF could not be processed: ${detail}`);
}
