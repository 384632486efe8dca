import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { groupByTemplate } from './group-by-template';
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

test("files under a template's folder make a batch of their own; the rest stay together", () => {
  const rels = ['a.pdf', path.join('Invoices', 'b.pdf'), path.join('Invoices', 'March', 'c.pdf'), path.join('misc', 'd.pdf'), path.join('Scans', 'e.pdf')];
  assert.deepEqual(groupByTemplate(rels, new Set(['Invoices', 'Scans', 'Unused'])), [
    { template: null, rels: ['a.pdf', path.join('misc', 'd.pdf')] },
    { template: 'Invoices', rels: [path.join('Invoices', 'b.pdf'), path.join('Invoices', 'March', 'c.pdf')] },
    { template: 'Scans', rels: [path.join('Scans', 'e.pdf')] },
  ]);
  assert.deepEqual(groupByTemplate([path.join('Invoices', 'b.pdf')], new Set()), [{ template: null, rels: [path.join('Invoices', 'b.pdf')] }]);
  assert.deepEqual(groupByTemplate(['invoices.pdf'], new Set(['invoices.pdf'])), [{ template: null, rels: ['invoices.pdf'] }], 'a file is not a folder');
});
