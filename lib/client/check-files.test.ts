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
    [['notes.txt', 'This is not a PDF'], ['fake.pdf', 'This is not a PDF'], ['empty.pdf', 'The file is empty'], ['big.pdf', 'Too large'], ['a.pdf', 'Already in the selection (same name and size)']],
  );
});

test('a PDF is judged by its bytes as the server judges it, not by its name or type', async () => {
  const noName = new File(['%PDF-1.4\n...'], 'scan_noext', { type: '' });
  const octet = new File(['%PDF-1.4\n...'], 'scan.bin', { type: 'application/octet-stream' });
  const text = new File(['just notes'], 'notes', { type: '' });
  const result = await checkFiles([noName, octet, text], []);
  assert.deepEqual(result.accepted.map((s) => s.name), ['scan_noext', 'scan.bin']);
  assert.deepEqual(result.refused, [{ filename: 'notes', reason: 'This is not a PDF: the file is something starting with "just notes".' }]);
});

test('a PDF with bytes in front of %PDF- is refused with the sentence the server and the CLI use', async () => {
  const junk = pdf('junk.pdf', 'JUNKJUNKJUNK garbage header\n%PDF-1.4\n...');
  const result = await checkFiles([junk], []);
  assert.equal(result.accepted.length, 0);
  assert.match(result.refused[0].reason, /^This PDF has 28 bytes of something else before its start \(%PDF-\);.*Remove the bytes before %PDF-/);
});

test('files already selected count as duplicates', async () => {
  const a = pdf('a.pdf');
  const result = await checkFiles([pdf('a.pdf')], [{ key: fileKey(a), name: 'a.pdf', file: a }]);
  assert.equal(result.accepted.length, 0);
  assert.equal(result.refused.length, 1);
});

test('the count and total size per batch are enforced file by file; the files within them still go', async () => {
  const limits = { maxFileBytes: 1000, maxFiles: 3, maxBatchBytes: 45 };
  const result = await checkFiles([pdf('1.pdf'), pdf('2.pdf'), pdf('3.pdf'), pdf('4.pdf')], [], limits);
  assert.deepEqual(result.accepted.map((s) => s.name), ['1.pdf', '2.pdf', '3.pdf']);
  assert.match(result.refused[0].reason, /limit of 3 files per batch/);

  const total = await checkFiles([pdf('a.pdf', `%PDF-${'x'.repeat(25)}`), pdf('b.pdf', `%PDF-${'x'.repeat(25)}`), pdf('c.pdf')], [], limits);
  assert.deepEqual(total.accepted.map((s) => s.name), ['a.pdf', 'c.pdf']);
  assert.deepEqual(total.refused.map((r) => r.filename), ['b.pdf']);
  assert.match(total.refused[0].reason, /limit of 45 B per batch/);
});

test('files from a dropped folder keep their path, so equal names in two folders are both kept', async () => {
  const inFolder = (p: string, body?: string) => Object.assign(pdf(p.split('/').pop() as string, body), { path: `./${p}` });
  const result = await checkFiles([inFolder('scans/2024/a.pdf'), inFolder('scans/2025/a.pdf'), inFolder('scans/notes.txt', 'hello')], []);
  assert.deepEqual(result.accepted.map((s) => s.name), ['scans/2024/a.pdf', 'scans/2025/a.pdf']);
  assert.deepEqual(result.refused.map((r) => r.filename), ['scans/notes.txt']);
});
