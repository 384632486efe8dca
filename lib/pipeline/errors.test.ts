import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toPipelineError } from './errors';

test('a PDF that needs a password fails as the file\'s own defect, saying how to remove the password', () => {
  const err = Object.assign(new Error('No password given'), { name: 'PasswordException' });
  const failure = toPipelineError(err);
  assert.equal(failure.errorType, 'validation_error');
  assert.match(failure.message, /^The PDF is protected by a password/);
  assert.match(failure.message, /Remove the password .*qpdf --decrypt.*and upload it again\.$/);
});
