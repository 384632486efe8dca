// The batch-end e-mail, as plain text and simple HTML: the outcome in the subject, the counts, every
// failed file with its reason (the first MAX_LISTED), and a link to the batch on PUBLIC_URL when
// it is known (else where to find it).
import type { BatchStatus, BatchSummary } from '../schemas/batch';

export const MAX_LISTED = 50;

const OUTCOMES: Record<BatchStatus, string> = {
  queued: 'Queued',
  processing: 'Processing',
  completed: 'Completed',
  completed_with_errors: 'Completed with errors',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

export type FailedFile = { filename: string; error: string | null; errorType: string | null };
export type BatchEmail = { subject: string; text: string; html: string };

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function batchLink(batchId: string, publicUrl: string | null): string | null {
  return publicUrl ? `${publicUrl}/batch?batch=${encodeURIComponent(batchId)}` : null;
}

export function composeBatchEmail(batch: BatchSummary, failures: FailedFile[], publicUrl: string | null): BatchEmail {
  const outcome = OUTCOMES[batch.status];
  const subject = `${outcome}: ${batch.name} (${batch.completed} of ${batch.total_files} done)`;
  const counts = [
    `Files: ${batch.total_files}`,
    `Completed: ${batch.completed}`,
    `Failed: ${batch.failed}`,
    ...(batch.cancelled ? [`Cancelled: ${batch.cancelled}`] : []),
  ];
  const listed = failures.slice(0, MAX_LISTED).map((f) => `${f.filename}: ${f.error ?? 'failed'}${f.errorType ? ` (${f.errorType})` : ''}`);
  // `failures` may hold only the first MAX_LISTED: the batch's count says how many there are.
  const more = Math.max(failures.length, batch.failed) - listed.length;
  const link = batchLink(batch.batch_id, publicUrl);
  const where = link ? `Open the batch: ${link}` : `Batch id: ${batch.batch_id} (open /batch?batch=${batch.batch_id} on the server)`;

  const text = [
    `The batch "${batch.name}" has ended: ${outcome}.`,
    '',
    ...counts,
    ...(listed.length ? ['', 'Failed files:', ...listed.map((l) => `- ${l}`), ...(more ? [`- and ${more} more`] : [])] : []),
    '',
    where,
    '',
    '-- pdf-batch',
  ].join('\n');

  const html = [
    `<p>The batch <strong>${escapeHtml(batch.name)}</strong> has ended: <strong>${escapeHtml(outcome)}</strong>.</p>`,
    `<ul>${counts.map((c) => `<li>${escapeHtml(c)}</li>`).join('')}</ul>`,
    ...(listed.length
      ? [`<p>Failed files:</p><ul>${listed.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}${more ? `<li>and ${more} more</li>` : ''}</ul>`]
      : []),
    link ? `<p><a href="${escapeHtml(link)}">Open the batch</a></p>` : `<p>${escapeHtml(where)}</p>`,
  ].join('\n');
  return { subject, text, html };
}
