// Recognises a PDF by its bytes: the `%PDF-` marker at the start, after nothing but white space
// (or a UTF-8 byte-order mark). Readers accept it anywhere in the first 1024 bytes, but a file with
// something else in front of it is a polyglot (an HTML page, a script or an archive that is also a
// PDF), and what is stored here is served back as the original: such files are refused. One prefix
// is no disguise: the 128-byte MacBinary header a classic Mac OS put before a file's data fork
// (datasheets made on a Power Macintosh around 2000 still travel with it). Plain bytes, no Buffer:
// the browser checks dropped files with the same function (lib/client/check-files.ts).
export const SIGNATURE_WINDOW = 1024;
const MARKER = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]); // %PDF-
const BOM = new Uint8Array([0xef, 0xbb, 0xbf]);
const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);

/** Whether `bytes` holds `part` at `at`. */
const holds = (bytes: Uint8Array, part: Uint8Array, at: number) => at + part.length <= bytes.length && part.every((b, i) => bytes[at + i] === b);

export function hasPdfSignature(head: Uint8Array): boolean {
  if (isMacBinaryPdf(head)) return true;
  let at = holds(head, BOM, 0) ? BOM.length : 0;
  while (at < SIGNATURE_WINDOW && at < head.length && WHITESPACE.has(head[at])) at++;
  return holds(head, MARKER, at);
}

const MACBINARY_HEADER = 128;

/**
 * A MacBinary header (I, II or III) and a PDF as its data fork: byte 0 and the two fillers at 74 and
 * 82 zero, a file name of 1 to 63 bytes, a data fork that is the rest of the file (so at least the
 * marker), and `%PDF-` exactly where the fork starts. A leading zero byte is no HTML, script or archive.
 */
function isMacBinaryPdf(head: Uint8Array): boolean {
  if (head.length < MACBINARY_HEADER + MARKER.length) return false;
  if (head[0] !== 0 || head[1] < 1 || head[1] > 63 || head[74] !== 0 || head[82] !== 0) return false;
  const fork = new DataView(head.buffer, head.byteOffset, head.byteLength).getUint32(83);
  return fork >= MARKER.length && holds(head, MARKER, MACBINARY_HEADER);
}

const ascii = (text: string) => new Uint8Array([...text].map((c) => c.charCodeAt(0)));

/** Where `%PDF-` first appears in the first kilobyte, or -1. */
function markerAt(head: Uint8Array): number {
  const end = Math.min(head.length, SIGNATURE_WINDOW);
  for (let at = 0; at + MARKER.length <= end; at++) if (holds(head, MARKER, at)) return at;
  return -1;
}

/** A short, printable description of what a non-PDF starts with, for error messages. */
export function describeStart(head: Uint8Array): string {
  const marker = markerAt(head);
  if (marker > 0) return `a PDF with ${marker} bytes of something else in front of it`;
  const text = Array.from(head.subarray(0, 120), (b) => String.fromCharCode(b)).join('');
  if (/^\s*<(!doctype html|html)/i.test(text)) return 'an HTML page';
  if (holds(head, ascii('PK\u0003\u0004'), 0)) return 'a ZIP archive (or an Office document)';
  if (holds(head, ascii('\x89PNG\r\n\x1a\n'), 0)) return 'a PNG image';
  if (head[0] === 0xff && head[1] === 0xd8) return 'a JPEG image';
  const printable = text.replace(/[^\x20-\x7e]+/g, ' ').trim().slice(0, 24);
  return printable ? `something starting with "${printable}"` : 'binary data';
}

/**
 * Why a file whose head fails `hasPdfSignature` is refused, and what to do: one sentence for the
 * page, the API and the CLI alike.
 */
export function notPdfReason(head: Uint8Array): string {
  const marker = markerAt(head);
  if (marker > 0) {
    return (
      `This PDF has ${marker} bytes of something else before its start (%PDF-); files like that are refused because they can also be read as another kind of file. ` +
      'Remove the bytes before %PDF- (or re-save the file from a PDF viewer) and add it again.'
    );
  }
  return `This is not a PDF: the file is ${describeStart(head)}.`;
}
