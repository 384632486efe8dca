import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkFiles, fileKey, MAX_FILE_BYTES } from './check-files';

const pdf = (name: string, body = '%PDF-1.7\n...') => new File([body], name, { type: 'application/pdf' });

test('each file is checked on its own; the good ones are kept', async () => {
  const big = new File([new Uint8Array(MAX_FILE_BYTES + 1)], 'big.pdf', { type: 'application/pdf' });
  const result = await checkFiles(
    [pdf('a.pdf'), new File(['hi'], 'notes.txt', { type: 'text/plain' }), pdf('fake.pdf', '<html>'), pdf('empty.pdf', ''), big, pdf('a.pdf'), pdf('B.PDF')],
    [],
  );
  assert.deepEqual(result.accepted.map((s) => s.file.name), ['a.pdf', 'B.PDF']);
  assert.deepEqual(
    result.refused.map((r) => [r.filename, r.reason.split(/[:.]/)[0]]),
    [['notes.txt', 'Not a PDF'], ['fake.pdf', 'Not a PDF'], ['empty.pdf', 'The file is empty'], ['big.pdf', 'Too large'], ['a.pdf', 'Already in the selection (same name and size)']],
  );
});

test('files already selected count as duplicates', async () => {
  const a = pdf('a.pdf');
  const result = await checkFiles([pdf('a.pdf')], [{ key: fileKey(a), file: a }]);
  assert.equal(result.accepted.length, 0);
  assert.equal(result.refused.length, 1);
});
