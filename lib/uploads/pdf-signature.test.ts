import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeStart, hasPdfSignature, notPdfReason } from './pdf-signature';

test('a PDF is recognised by %PDF- at its start (white space or a BOM before it allowed), whatever its name', () => {
  assert.ok(hasPdfSignature(Buffer.from('%PDF-1.7\n%âãÏÓ\n')));
  assert.ok(hasPdfSignature(Buffer.concat([Buffer.alloc(500, 0x20), Buffer.from('%PDF-1.4')])));
  assert.ok(hasPdfSignature(Buffer.from('\uFEFF\r\n%PDF-1.4')));
  assert.ok(!hasPdfSignature(Buffer.concat([Buffer.alloc(1100, 0x20), Buffer.from('%PDF-1.4')])));
  assert.ok(!hasPdfSignature(Buffer.from('<!DOCTYPE html><html>')));
});

test('something else in front of %PDF- is a polyglot, refused and said so', () => {
  const polyglot = Buffer.from('<html><script>alert(1)</script><!--\n%PDF-1.4\n');
  assert.ok(!hasPdfSignature(polyglot));
  assert.ok(!hasPdfSignature(Buffer.from('GIF89a %PDF-1.4')));
  assert.match(describeStart(polyglot), /^a PDF with 36 bytes of something else in front of it/);
});

test('the reason for a polyglot says what it is, why it is refused and what to do, in one sentence for every surface', () => {
  const junk = Buffer.concat([Buffer.from('JUNKJUNKJUNK garbage header\n'), Buffer.from('%PDF-1.4\n')]);
  assert.equal(
    notPdfReason(junk),
    'This PDF has 28 bytes of something else before its start (%PDF-); files like that are refused because they can also be read as another kind of file. ' +
      'Remove the bytes before %PDF- (or re-save the file from a PDF viewer) and add it again.',
  );
  assert.equal(notPdfReason(new Uint8Array(Buffer.from('<!DOCTYPE html><html>'))), 'This is not a PDF: the file is an HTML page.');
});

/** A MacBinary II header for a data fork of `fork` bytes named `name`, as a Power Macintosh wrote it. */
function macBinary(name: string, fork: number): Buffer {
  const header = Buffer.alloc(128);
  header[1] = name.length;
  header.write(name, 2, 'latin1');
  header.write('PDF CARO', 65, 'latin1');
  header.writeUInt32BE(fork, 83);
  return header;
}

test('a PDF behind the MacBinary header of a classic Mac OS file is a PDF; other 128-byte prefixes are not', () => {
  const pdf = Buffer.from('%PDF-1.2\r%âãÏÓ\r\n');
  assert.ok(hasPdfSignature(Buffer.concat([macBinary('59802396e.pdf', pdf.length), pdf])));
  // The marker must be where the data fork starts, and the header must be one: zero first byte, a name.
  assert.ok(!hasPdfSignature(Buffer.concat([macBinary('a.pdf', pdf.length), Buffer.from(' '), pdf])));
  const noName = macBinary('a.pdf', pdf.length);
  noName[1] = 0;
  assert.ok(!hasPdfSignature(Buffer.concat([noName, pdf])));
  const markup = Buffer.concat([Buffer.from('<html><script>alert(1)</script>'.padEnd(128, ' ')), pdf]);
  assert.ok(!hasPdfSignature(markup));
  assert.match(describeStart(markup), /^a PDF with 128 bytes of something else in front of it/);
});

test('describes what a non-PDF is, in words', () => {
  assert.equal(describeStart(Buffer.from('<!DOCTYPE html><html>')), 'an HTML page');
  assert.equal(describeStart(Buffer.from('PK\u0003\u0004rest', 'latin1')), 'a ZIP archive (or an Office document)');
  assert.equal(describeStart(Buffer.from([0xff, 0xd8, 0xff, 0xe0])), 'a JPEG image');
  assert.equal(describeStart(Buffer.from('hello world')), 'something starting with "hello world"');
  assert.equal(describeStart(Buffer.from([0, 1, 2, 3])), 'binary data');
});
