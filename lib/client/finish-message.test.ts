import assert from 'node:assert/strict';
import { test } from 'node:test';
import { finishMessage, tabTitle } from './finish-message';

const batch = { name: 'March', status: 'processing' as const, progress: 42.7, completed: 40, failed: 0, cancelled: 0, total_files: 100 };

test('the tab title shows the progress, then Done', () => {
  assert.equal(tabTitle(batch), '42% · pdf-batch');
  assert.equal(tabTitle({ ...batch, status: 'completed_with_errors', progress: 100 }), 'Done · pdf-batch');
});

test('the finished batch in one sentence', () => {
  assert.equal(finishMessage({ ...batch, status: 'completed' }), 'Batch “March” finished: 40 files completed.');
  assert.equal(finishMessage({ ...batch, status: 'completed_with_errors', failed: 2, cancelled: 1 }), 'Batch “March” finished: 40 files completed, 2 failed, 1 cancelled.');
  assert.equal(finishMessage({ ...batch, status: 'cancelled', completed: 1 }), 'Batch “March” was cancelled: 1 file completed.');
});
