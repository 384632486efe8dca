import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { BatchSummary } from '../schemas/batch';
import { composeBatchEmail, MAX_LISTED } from './compose-batch-email';

const batch: BatchSummary = {
  batch_id: 'b-1',
  name: 'Invoices <March>',
  workflow: 'full_extraction',
  ocr: null,
  status: 'completed_with_errors',
  priority: 0,
  total_files: 3,
  queued: 0,
  processing: 0,
  completed: 2,
  failed: 1,
  cancelled: 0,
  progress: 100,
  created_at: '2026-12-04T10:00:00.000Z',
  updated_at: '2026-12-04T10:01:00.000Z',
  started_at: '2026-12-04T10:00:01.000Z',
  finished_at: '2026-12-04T10:01:00.000Z',
  seq: 9,
};

test('the subject and text give the outcome, the counts, each failure with its reason and the link', () => {
  const mail = composeBatchEmail(batch, [{ filename: 'broken.pdf', error: 'The file is damaged.', errorType: 'validation_error' }], 'https://pdf.example.com');
  assert.equal(mail.subject, 'Completed with errors: Invoices <March> (2 of 3 done)');
  assert.match(mail.text, /Files: 3\nCompleted: 2\nFailed: 1/);
  assert.match(mail.text, /- broken\.pdf: The file is damaged\. \(validation_error\)/);
  assert.match(mail.text, /Open the batch: https:\/\/pdf\.example\.com\/batch\?batch=b-1/);
  assert.match(mail.html, /Invoices &#60;March&#62;/, 'the name is escaped in HTML');
  assert.match(mail.html, /<a href="https:\/\/pdf\.example\.com\/batch\?batch=b-1">/);
});

test('without PUBLIC_URL the batch is named by id; long failure lists are cut with a count', () => {
  const failures = Array.from({ length: MAX_LISTED + 7 }, (_, i) => ({ filename: `f${i}.pdf`, error: 'timeout', errorType: 'timeout' }));
  const mail = composeBatchEmail({ ...batch, status: 'failed', completed: 0, failed: 57, total_files: 57 }, failures, null);
  assert.match(mail.text, /Batch id: b-1/);
  assert.doesNotMatch(mail.text, /https?:/);
  assert.match(mail.text, /- and 7 more/);
  assert.equal((mail.text.match(/^- f\d+\.pdf/gm) ?? []).length, MAX_LISTED);
});
