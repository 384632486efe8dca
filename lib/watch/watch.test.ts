import assert from 'node:assert/strict';
import { test } from 'node:test';
import { numberedName } from './move-file';
import { stableFiles } from './stable-files';

test('a file is stable when two polls saw the same size and modification time', () => {
  const previous = new Map([
    ['a.pdf', { size: 10, mtimeMs: 1 }],
    ['growing.pdf', { size: 10, mtimeMs: 1 }],
    ['touched.pdf', { size: 10, mtimeMs: 1 }],
  ]);
  const current = new Map([
    ['a.pdf', { size: 10, mtimeMs: 1 }],
    ['growing.pdf', { size: 20, mtimeMs: 2 }],
    ['touched.pdf', { size: 10, mtimeMs: 2 }],
    ['new.pdf', { size: 5, mtimeMs: 1 }],
  ]);
  assert.deepEqual(stableFiles(previous, current), ['a.pdf']);
  assert.deepEqual(stableFiles(new Map(), current), [], 'nothing is stable at the first poll');
});

test('a name already used is numbered before its extension', () => {
  assert.equal(numberedName('report.pdf', 1), 'report.pdf');
  assert.equal(numberedName('report.pdf', 2), 'report (2).pdf');
  assert.equal(numberedName('sub/März.PDF', 3), 'sub/März (3).PDF');
  assert.equal(numberedName('README', 2), 'README (2)');
});
