// POST /api/documents - one PDF processed right away: stored as a one-file batch named after the
// file (so it shows in the UI) with the highest priority, so it is the next job a worker takes;
// with `wait`, the answer waits for the result up to the time limit.
import { receiveBatch, type PrepareBatch } from '../batches/create-batch';
import { AppError } from '../errors';
import { parseInput } from '../http/validation-message';
import { getJob } from '../jobs/get-job';
import { createDocumentFieldsSchema, type DocumentQuery, type DocumentResponse } from '../schemas/document';
import { hasEnded, waitForJob } from './wait-for-job';

/** The highest priority a batch can have (`priority` is -100..100). */
export const DOCUMENT_PRIORITY = 100;

const oneFile: PrepareBatch = (upload) => {
  const { files } = upload;
  if (files.length === 0) throw new AppError('no_files', 'No file was sent. Send one PDF in the "file" field.');
  if (files.length > 1) {
    throw new AppError('bad_request', `Send one file only (${files.length} were sent); for several files, use POST /api/batches.`);
  }
  const [file] = files;
  if (file.problem) throw new AppError('no_valid_files', `"${file.filename}" cannot be processed. ${file.problem}`);
  const { workflow, ocr } = parseInput(createDocumentFieldsSchema, upload.fields);
  return { name: file.filename, workflow, ocr, priority: DOCUMENT_PRIORITY };
};

export async function submitDocument(request: Request, query: DocumentQuery): Promise<DocumentResponse> {
  const contentType = request.headers.get('content-type') ?? '';
  if (!contentType.toLowerCase().startsWith('multipart/form-data')) {
    throw new AppError('unsupported_media_type', 'Send the PDF as multipart/form-data, in the "file" field.');
  }
  const { response, files } = await receiveBatch(request, oneFile);
  const jobId = files[0].jobId;
  const job = query.wait ? await waitForJob(jobId, query.timeout * 1000, request.signal) : await getJob(jobId);
  const { result, ...summary } = job;
  const done = hasEnded(job.status);
  return {
    job_id: jobId,
    batch_id: response.batch_id,
    status: job.status,
    done,
    job: summary,
    result: done ? result : null,
    poll_url: `/api/jobs/${jobId}`,
  };
}
