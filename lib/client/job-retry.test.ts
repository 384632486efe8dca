import assert from 'node:assert/strict';
import { test } from 'node:test';
import { offersRetry } from './job-retry';

test('Retry is offered for a cancelled job and a failure another run could change, not for the file itself', () => {
  assert.equal(offersRetry({ status: 'cancelled', error_type: null }), true);
  assert.equal(offersRetry({ status: 'failed', error_type: 'timeout' }), true);
  assert.equal(offersRetry({ status: 'failed', error_type: 'unexpected_error' }), true);
  assert.equal(offersRetry({ status: 'failed', error_type: 'processing_error' }), true);
  assert.equal(offersRetry({ status: 'failed', error_type: 'validation_error' }), false, 'a password or a refused file fails the same way again');
  assert.equal(offersRetry({ status: 'completed', error_type: null }), false);
  assert.equal(offersRetry({ status: 'queued', error_type: null }), false);
});
