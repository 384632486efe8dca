import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeStart, hasPdfSignature } from './pdf-signature';

test('a PDF is recognised by %PDF- within the first 1024 bytes, whatever its name', () => {
  assert.ok(hasPdfSignature(Buffer.from('%PDF-1.7\n%âãÏÓ\n')));
  assert.ok(hasPdfSignature(Buffer.concat([Buffer.alloc(500, 0x20), Buffer.from('%PDF-1.4')])));
  assert.ok(!hasPdfSignature(Buffer.concat([Buffer.alloc(1100, 0x20), Buffer.from('%PDF-1.4')])));
  assert.ok(!hasPdfSignature(Buffer.from('<!DOCTYPE html><html>')));
});

test('describes what a non-PDF is, in words', () => {
  assert.equal(describeStart(Buffer.from('<!DOCTYPE html><html>')), 'an HTML page');
  assert.equal(describeStart(Buffer.from('PK\u0003\u0004rest', 'latin1')), 'a ZIP archive (or an Office document)');
  assert.equal(describeStart(Buffer.from([0xff, 0xd8, 0xff, 0xe0])), 'a JPEG image');
  assert.equal(describeStart(Buffer.from('hello world')), 'something starting with "hello world"');
  assert.equal(describeStart(Buffer.from([0, 1, 2, 3])), 'binary data');
});
