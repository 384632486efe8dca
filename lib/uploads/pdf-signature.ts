// Recognises a PDF by its bytes: the `%PDF-` marker within the first 1024 bytes (as readers allow).
export const SIGNATURE_WINDOW = 1024;
const MARKER = Buffer.from('%PDF-');

export function hasPdfSignature(head: Buffer): boolean {
  return head.subarray(0, SIGNATURE_WINDOW).includes(MARKER);
}

/** A short, printable description of what a non-PDF starts with, for error messages. */
export function describeStart(head: Buffer): string {
  const text = head.subarray(0, 120).toString('latin1');
  if (/^\s*<(!doctype html|html)/i.test(text)) return 'an HTML page';
  if (head.subarray(0, 4).equals(Buffer.from('PK\u0003\u0004', 'latin1'))) return 'a ZIP archive (or an Office document)';
  if (head.subarray(0, 8).equals(Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'))) return 'a PNG image';
  if (head[0] === 0xff && head[1] === 0xd8) return 'a JPEG image';
  const printable = text.replace(/[^\x20-\x7e]+/g, ' ').trim().slice(0, 24);
  return printable ? `something starting with "${printable}"` : 'binary data';
}
