// `pdf-batch submit`: upload files and folders as one batch; with --wait, follow it to the end.
import type { PdfBatchClient } from '../../client/pdf-batch-client';
import type { Command } from '../args';
import path from 'node:path';
import { UsageError } from '../args';
import { collectPaths, splitPdfs, uploadFiles } from '../collect-files';
import type { Output } from '../output';
import { batchOutcome, jobLine, progressLine, speedText } from '../progress';
import { watchBatch } from '../watch-batch';

/** The number of documents that failed (or were refused at upload; files left out before it do not count). */
export async function submit(client: PdfBatchClient, command: Extract<Command, { name: 'submit' }>, out: Output): Promise<number> {
  // Files that are not PDFs are left out here with the reason, as the page does, not sent to fail.
  const { pdfs: paths, leftOut } = await splitPdfs(await collectPaths(command.paths));
  for (const f of leftOut) out.info(`left out  ${path.basename(f.path)}  ${f.reason}`);
  if (paths.length === 0) throw new UsageError('None of the files given is a PDF: nothing was sent.');
  if (!out.json) out.info(`Uploading ${paths.length} file${paths.length === 1 ? '' : 's'} to ${client.baseUrl}…`);
  const created = await client.createBatch(await uploadFiles(paths), {
    name: command.batchName,
    workflow: command.workflow,
    priority: command.priority,
    ocr: command.ocr,
    template: command.template,
    startAt: command.startAt,
    hold: command.hold,
    notifyEmail: command.notifyEmail,
  });
  for (const r of created.rejected) out.info(`refused   ${r.filename}  ${r.error}`);
  if (!command.wait) {
    out.result(`${created.message}\nBatch id: ${created.batch_id}`, created);
    return created.rejected.length;
  }
  out.info(`Batch "${created.name}" (${created.batch_id}): ${created.message}`);
  const rejected = new Set(created.rejected.map((r) => r.filename));
  let pagesDone = 0;
  const batch = await watchBatch(client, created.batch_id, {
    onBatch: (b) => out.status(progressLine(b, out.columns, speedText(b, pagesDone, Date.now()))),
    onJobEnded: (job) => {
      if (job.status === 'completed' && !job.duplicate_of) pagesDone += job.pages ?? 0;
      // Refused files were already reported; a terminal shows the bar, a log one line per document.
      if (job.error_type === 'validation_error' && job.attempts === 0 && rejected.has(job.filename)) return;
      if (!out.isTerminal || job.status !== 'completed') out.info(jobLine(job));
    },
  });
  out.endStatus();
  out.result(batchOutcome(batch), batch);
  return batch.failed;
}
