import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sanitizeFilename } from './sanitize-filename';

test('keeps ordinary and Unicode names as they are', () => {
  assert.equal(sanitizeFilename('Rechnung März 2024.pdf'), 'Rechnung März 2024.pdf');
  assert.equal(sanitizeFilename('データシート.pdf'), 'データシート.pdf');
});

test('keeps a relative folder path but never a way out of it', () => {
  assert.equal(sanitizeFilename('loans/2024/note.pdf'), 'loans/2024/note.pdf');
  assert.equal(sanitizeFilename('../../etc/passwd'), 'etc/passwd');
  assert.equal(sanitizeFilename('/abs/path.pdf'), 'abs/path.pdf');
  assert.equal(sanitizeFilename('C:\\Users\\me\\a.pdf'), 'C:/Users/me/a.pdf');
});

test('drops control characters, and names nothing is left of', () => {
  assert.equal(sanitizeFilename('a\u0000b\u001f.pdf'), 'ab.pdf');
  assert.equal(sanitizeFilename('..'), 'unnamed.pdf');
  assert.equal(sanitizeFilename(undefined), 'unnamed.pdf');
});

test('shortens very long names, keeping the extension', () => {
  const name = sanitizeFilename(`${'x'.repeat(1000)}.pdf`);
  assert.equal(name.length, 255);
  assert.ok(name.endsWith('….pdf'));
});

test('drops Unicode format characters too: a right-to-left override cannot disguise the extension', () => {
  assert.equal(sanitizeFilename('invoice\u202Efdp.exe'), 'invoicefdp.exe');
  assert.equal(sanitizeFilename('a\u200Bb\u2067c\uFEFF.pdf'), 'abc.pdf');
  assert.equal(sanitizeFilename('\u202E'), 'unnamed.pdf');
});
