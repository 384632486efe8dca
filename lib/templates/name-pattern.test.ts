import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fillNamePattern, namePatternProblem } from './name-pattern';

const now = new Date('2026-12-04T09:05:00Z');

test('placeholders are filled with the template, the UTC date and time, and the file count', () => {
  assert.equal(fillNamePattern('{template} {date} {time} ({files} files)', { template: 'Invoices', now, files: 12 }), 'Invoices 2026-12-04 09:05 (12 files)');
  assert.equal(fillNamePattern('Plain name', { template: 'x', now, files: 1 }), 'Plain name');
});

test('an unknown placeholder is named in the problem; known ones pass', () => {
  assert.equal(namePatternProblem('{template} {date}'), null);
  assert.match(namePatternProblem('Scans {month}') ?? '', /unknown placeholder \{month\}/);
  assert.match(namePatternProblem('{}') ?? '', /unknown placeholder \{\}/);
});

test('a filled name is cut at 200 characters, as batch names are', () => {
  assert.equal(fillNamePattern('{template}', { template: 'a'.repeat(300), now, files: 1 }).length, 200);
});
