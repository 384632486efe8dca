import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import JSZip from 'jszip';
import { zipStream, ZipLimitError, type ZipEntry } from './zip-writer';

async function zipOf(entries: ZipEntry[], options: { forceZip64?: boolean } = {}): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of zipStream(entries, options)) chunks.push(chunk);
  return Buffer.concat(chunks);
}

function unzipTest(zip: Buffer): string | null {
  try {
    execFileSync('unzip', ['-v'], { stdio: 'ignore' });
  } catch {
    return null;
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'zip-writer-'));
  try {
    writeFileSync(path.join(dir, 'a.zip'), zip);
    return execFileSync('unzip', ['-t', path.join(dir, 'a.zip')], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const binary = Buffer.from(Array.from({ length: 300_000 }, (_, i) => (i * 7919) % 251));
const entries = (): ZipEntry[] => [
  { name: 'summary.json', content: '{"a":1}' },
  { name: 'Rechnung März/データ.txt', content: 'Grüße\n'.repeat(10_000) },
  { name: 'lazy.csv', content: (async function* () { for (let i = 0; i < 1000; i++) yield `${i},row\r\n`; })() },
  { name: 'empty.txt', content: '' },
  { name: 'originals/a.pdf', content: binary, level: 1, modified: new Date(2024, 0, 31, 13, 45, 10) },
];

for (const forceZip64 of [false, true]) {
  test(`what is written is what another reader unpacks${forceZip64 ? ' (ZIP64 end records)' : ''}`, async () => {
    const zip = await zipOf(entries(), { forceZip64 });
    const read = await JSZip.loadAsync(zip);
    assert.deepEqual(Object.keys(read.files), ['summary.json', 'Rechnung März/データ.txt', 'lazy.csv', 'empty.txt', 'originals/a.pdf']);
    assert.equal(await read.file('summary.json')?.async('string'), '{"a":1}');
    assert.equal(await read.file('Rechnung März/データ.txt')?.async('string'), 'Grüße\n'.repeat(10_000));
    assert.equal((await read.file('lazy.csv')?.async('string'))?.split('\r\n').length, 1001);
    assert.equal(await read.file('empty.txt')?.async('string'), '');
    assert.ok(binary.equals(Buffer.from((await read.file('originals/a.pdf')?.async('uint8array')) ?? [])));
    assert.equal(read.file('originals/a.pdf')?.date.getUTCFullYear(), 2024);
    assert.ok(zip.length < 30_000, `compressed: ${zip.length} bytes`);
    const tested = unzipTest(zip);
    if (tested !== null) assert.match(tested, /No errors detected/);
  });
}

test('an empty archive is still a valid one', async () => {
  const zip = await zipOf([]);
  assert.equal(zip.length, 22);
  assert.deepEqual(Object.keys((await JSZip.loadAsync(zip)).files), []);
});

test('bytes are produced as they are pulled, not after the whole archive is built', async () => {
  let produced = 0;
  const content = (async function* () {
    for (let i = 0; i < 100; i++) {
      produced++;
      yield Buffer.alloc(1 << 16, i);
    }
  })();
  const iterator = zipStream([{ name: 'big.bin', content, level: 0 }]);
  const first = await iterator.next();
  assert.equal(first.done, false);
  await iterator.next();
  assert.ok(produced < 10, `only the start was read (${produced} chunks)`);
  await iterator.return(undefined);
});

test('a failing source fails the archive instead of ending it quietly', async () => {
  const content = (async function* () {
    yield 'start';
    throw new Error('disk gone');
  })();
  await assert.rejects(zipOf([{ name: 'a.txt', content }]), /disk gone/);
  assert.equal(new ZipLimitError('x').name, 'ZipLimitError');
});
