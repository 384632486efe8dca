// A Content-Disposition header that names a file safely in every browser: an ASCII fallback for
// old clients and the exact UTF-8 name (RFC 6266 / RFC 5987) for the rest, without control or
// format characters (a right-to-left override would make "x\u202Efdp.exe" look like a PDF).
import { stripInvisible } from '../text/invisible';

const encodeRfc5987 = (name: string) =>
  encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

export function contentDisposition(kind: 'attachment' | 'inline', raw: string): string {
  const filename = stripInvisible(raw).trim() || 'download';
  const fallback = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_') || 'download';
  return `${kind}; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(filename)}`;
}

/** A file name with its extension replaced (or added): "scan.PDF" → "scan.json". */
export const withExtension = (filename: string, ext: string) => `${filename.replace(/\.[A-Za-z0-9]{1,5}$/, '') || 'result'}.${ext}`;

/** An uploaded PDF's name for its download: always ending in ".pdf", whatever it was uploaded as. */
export function pdfDownloadName(filename: string): string {
  const name = stripInvisible(filename).trim();
  return /\.pdf$/i.test(name) ? name : `${name || 'document'}.pdf`;
}
