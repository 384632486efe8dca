// Recognises a PDF by its bytes: the `%PDF-` marker at the start, after nothing but white space
// (or a UTF-8 byte-order mark). Readers accept it anywhere in the first 1024 bytes, but a file with
// something else in front of it is a polyglot (an HTML page, a script or an archive that is also a
// PDF), and what is stored here is served back as the original: such files are refused.
export const SIGNATURE_WINDOW = 1024;
const MARKER = Buffer.from('%PDF-');
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);

export function hasPdfSignature(head: Buffer): boolean {
  let at = head.subarray(0, BOM.length).equals(BOM) ? BOM.length : 0;
  while (at < SIGNATURE_WINDOW && at < head.length && WHITESPACE.has(head[at])) at++;
  return head.subarray(at, at + MARKER.length).equals(MARKER);
}

/** A short, printable description of what a non-PDF starts with, for error messages. */
export function describeStart(head: Buffer): string {
  const marker = head.subarray(0, SIGNATURE_WINDOW).indexOf(MARKER);
  if (marker > 0) return `a PDF with ${marker} bytes of something else in front of it (a polyglot file; a PDF must start with %PDF-)`;
  const text = head.subarray(0, 120).toString('latin1');
  if (/^\s*<(!doctype html|html)/i.test(text)) return 'an HTML page';
  if (head.subarray(0, 4).equals(Buffer.from('PK\u0003\u0004', 'latin1'))) return 'a ZIP archive (or an Office document)';
  if (head.subarray(0, 8).equals(Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'))) return 'a PNG image';
  if (head[0] === 0xff && head[1] === 0xd8) return 'a JPEG image';
  const printable = text.replace(/[^\x20-\x7e]+/g, ' ').trim().slice(0, 24);
  return printable ? `something starting with "${printable}"` : 'binary data';
}
