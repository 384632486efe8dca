import assert from 'node:assert/strict';
import { test } from 'node:test';
import { archiveFilename, createEntryNamer, entryPaths, safeBaseName } from './entry-names';

test('drops ".pdf", keeps folders and Unicode', () => {
  assert.equal(safeBaseName('invoice-1.pdf'), 'invoice-1');
  assert.equal(safeBaseName('Scan.PDF'), 'Scan');
  assert.equal(safeBaseName('loans/2024/note.pdf'), 'loans/2024/note');
  assert.equal(safeBaseName('Rechnung März 2024.pdf'), 'Rechnung März 2024');
  assert.equal(safeBaseName('データシート.pdf'), 'データシート');
  assert.equal(safeBaseName('notes.txt'), 'notes.txt', 'only .pdf is dropped');
});

test('never an absolute path, a ".." segment or a control character', () => {
  assert.equal(safeBaseName('../../etc/passwd'), 'etc/passwd');
  assert.equal(safeBaseName('/abs/path.pdf'), 'abs/path');
  assert.equal(safeBaseName('a\\..\\..\\b.pdf'), 'a/b');
  assert.equal(safeBaseName('bad\u0000\u001fname.pdf'), 'badname', 'control characters are dropped, as in stored names');
  assert.equal(safeBaseName('..'), '_');
  assert.equal(safeBaseName('.pdf'), '_');
  for (const name of ['../x.pdf', '/x.pdf', '..\\..\\x.pdf', 'a/../../x.pdf', './././x.pdf']) {
    const base = safeBaseName(name);
    assert.ok(!base.startsWith('/') && !base.split('/').includes('..') && !base.split('/').includes('.'), `${name} → ${base}`);
  }
});

test('names Windows cannot store are made storable', () => {
  assert.equal(safeBaseName('C:\\Users\\me\\a.pdf'), 'C_/Users/me/a');
  assert.equal(safeBaseName('what? "really" <x>|y*.pdf'), 'what_ _really_ _x__y_');
  assert.equal(safeBaseName('CON.pdf'), '_CON');
  assert.equal(safeBaseName('nul.txt.pdf'), '_nul.txt');
  assert.equal(safeBaseName('trailing dots.../x.pdf'), 'trailing dots/x');
});

test('folders cannot clash with the files of the export', () => {
  assert.equal(safeBaseName('summary.pdf'), 'summary_', 'summary.json is the batch summary');
  assert.equal(safeBaseName('originals/a.pdf'), 'originals_/a', 'originals/ holds the PDFs');
  assert.equal(safeBaseName('deep/originals/a.pdf'), 'deep/originals/a', 'only the top folder is reserved');
  assert.equal(safeBaseName('a.json/b.pdf'), 'a.json_/b', 'a folder "a.json" would clash with the file of "a.pdf"');
});

test('very long names are cut on a character boundary', () => {
  const base = safeBaseName(`${'ü'.repeat(300)}.pdf`);
  assert.ok(Buffer.byteLength(base) <= 180, `${Buffer.byteLength(base)} bytes`);
  assert.ok(base.endsWith('…'));
  assert.ok(!base.includes('\ufffd'));
});

test('repeats are numbered, case- and Unicode-form-insensitively, and numbered names stay unique', () => {
  const name = createEntryNamer();
  const got = ['a.pdf', 'a.pdf', 'A.PDF', 'a (2).pdf', 'x/a.pdf', 'y/a.pdf', 'X/A.pdf', 'Cafe\u0301.pdf', 'Caf\u00e9.pdf', 'a.pdf'].map(name);
  assert.deepEqual(got, ['a', 'a (2)', 'A (3)', 'a (2) (2)', 'x/a', 'y/a', 'X/A (2)', 'Cafe\u0301', 'Caf\u00e9 (2)', 'a (4)']);
  assert.equal(new Set(got.map((g) => g.normalize('NFC').toLowerCase())).size, got.length);
});

test('a thousand copies of one name are named in linear time', () => {
  const name = createEntryNamer();
  const started = performance.now();
  let last = '';
  for (let i = 0; i < 20_000; i++) last = name('same.pdf');
  assert.equal(last, 'same (20000)');
  assert.ok(performance.now() - started < 1000);
});

test('entry paths of a document and the archive name', () => {
  assert.equal(entryPaths.json('x/a'), 'x/a.json');
  assert.equal(entryPaths.table('x/a', 2), 'x/a.tables/2.csv');
  assert.equal(entryPaths.original('x/a'), 'originals/x/a.pdf');
  assert.equal(archiveFilename('März / Q1', 'b1'), 'März _ Q1.zip');
  assert.equal(archiveFilename('  ', 'b1'), 'batch-b1.zip');
  assert.equal(archiveFilename('..', 'b1'), 'batch-b1.zip');
});

test('no control or format characters (U+202E), and look-alikes of . / \\ folded before the checks', () => {
  assert.equal(safeBaseName('invoice\u202Efdp.exe.pdf'), 'invoicefdp.exe');
  assert.equal(safeBaseName('a\u200B\uFEFFb\u2066c.pdf'), 'abc');
  assert.equal(safeBaseName('\uFF0E\uFF0E\uFF0F\uFF0E\uFF0E\uFF0Fetc\uFF0Fpasswd'), 'etc/passwd');
  assert.equal(safeBaseName('\uFF0E\uFF0E\uFF3C\uFF0E\uFF0E\uFF3Cx.pdf'), 'x');
  assert.equal(safeBaseName('a\u2215..\u2215b\u2044c.pdf'), 'a/b/c');
  assert.equal(safeBaseName('report\uFF0Epdf'), 'report');
  for (const name of ['\uFF0E\uFF0E/x.pdf', '\uFE52\uFE52\u29F8x.pdf', '\u2024\u2024\uFE68x.pdf']) {
    const base = safeBaseName(name);
    assert.ok(!base.split('/').some((s) => s === '..' || s === '.' || /[\uFF0E\uFF0F\uFF3C\u2024\uFE52\u29F8\uFE68]/.test(s)), `${name} → ${base}`);
  }
  assert.equal(archiveFilename('Q1\uFF0F\u202Eevil', 'b1'), 'Q1_evil.zip');
});
