import assert from 'node:assert/strict';
import { test } from 'node:test';
import { jobStageLabel } from './labels';

const label = (status: string, stage: string, error: string | null = null, attempts = 0) =>
  jobStageLabel({ status: status as 'processing', stage, error, attempts });

test('stages in words', () => {
  assert.equal(label('queued', 'queued'), 'Queued');
  assert.equal(label('processing', 'started'), 'Loading');
  assert.equal(label('processing', 'loaded'), 'Extracting text');
  assert.equal(label('processing', 'extracted'), 'Analysing');
  assert.equal(label('completed', 'saved'), 'Done');
  assert.equal(label('failed', 'failed', 'The file is damaged.'), 'Failed: The file is damaged.');
  assert.equal(label('queued', 'queued', null, 1), 'Queued (retry 1)');
  // Page by page: the stage says how many pages are done, the label the page being read.
  assert.equal(label('processing', 'reading:0/120'), 'Reading page 1 of 120');
  assert.equal(label('processing', 'ocr:2/12'), 'OCR page 3 of 12');
  assert.equal(label('processing', 'ocr:12/12'), 'OCR page 12 of 12');
});

test('the place in the queue, and duplicates named after their original', () => {
  const queued = { status: 'queued' as const, stage: 'queued', error: null, attempts: 0 };
  assert.equal(jobStageLabel(queued, 3), 'Queued, #3 in line');
  assert.equal(jobStageLabel({ ...queued, attempts: 1 }, 1), 'Queued (retry 1), #1 in line');
  assert.equal(jobStageLabel({ ...queued, duplicate_of: 'j1' }, null, 'a.pdf'), 'Duplicate of a.pdf');
  assert.equal(jobStageLabel({ ...queued, duplicate_of: 'j1' }), 'Duplicate');
  assert.equal(jobStageLabel({ ...queued, status: 'completed', stage: 'saved', duplicate_of: 'j1' }, null, 'a.pdf'), 'Duplicate of a.pdf: Done');
});
