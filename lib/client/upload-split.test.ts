import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processingBarValue, splitUploadProgress } from './upload-split';

test('files are sent in order: each has its share of the bytes sent so far', () => {
  // No overhead: total is the sum of the sizes.
  assert.deepEqual(splitUploadProgress([100, 200, 100], 0, 400), [0, 0, 0]);
  assert.deepEqual(splitUploadProgress([100, 200, 100], 50, 400), [0.5, 0, 0]);
  assert.deepEqual(splitUploadProgress([100, 200, 100], 200, 400), [1, 0.5, 0]);
  assert.deepEqual(splitUploadProgress([100, 200, 100], 400, 400), [1, 1, 1]);
});

test('the multipart overhead is spread before each file, and never pushes a share past 1', () => {
  // 30 bytes of overhead over 2 files: 10 before each, 10 at the end.
  assert.deepEqual(splitUploadProgress([100, 100], 10, 230), [0, 0]);
  assert.deepEqual(splitUploadProgress([100, 100], 60, 230), [0.5, 0]);
  assert.deepEqual(splitUploadProgress([100, 100], 130, 230), [1, 0.1]);
  assert.deepEqual(splitUploadProgress([100, 100], 230, 230), [1, 1]);
  assert.deepEqual(splitUploadProgress([], 10, 10), []);
});

test('in the tracker, the upload is the first tenth of a bar and processing the rest', () => {
  assert.equal(processingBarValue(0), 10);
  assert.equal(processingBarValue(50), 55);
  assert.equal(processingBarValue(100), 100);
});
