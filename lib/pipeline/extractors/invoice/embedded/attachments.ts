// The XML files a PDF embeds (where a Factur-X / ZUGFeRD / XRechnung invoice travels), read through
// pdf.js: names first, then the content of at most two XML-named ones, e-invoice names first,
// each at most MAX_XML_BYTES.
import type { PdfDocument } from '../../../pdfjs';
import type { Attachment } from './read-e-invoice';
import { MAX_XML_BYTES } from './xml-tree';

/**
 * Contents are read (and inflated) whole by pdf.js, so only a few are: the names e-invoices travel
 * under first (factur-x.xml, zugferd-invoice.xml, xrechnung.xml...), then other XML.
 */
const MAX_READ = 2;
const E_INVOICE_NAME = /^(?:factur-?x|zugferd-invoice|zugferd|xrechnung|order-x|ubl|invoice)[\w.-]*\.xml$/i;

export async function readXmlAttachments(doc: PdfDocument, warnings: string[]): Promise<Attachment[]> {
  let listed: Awaited<ReturnType<PdfDocument['getAttachments']>>;
  try {
    listed = await doc.getAttachments();
  } catch (err) {
    warnings.push(`The embedded files could not be listed: ${(err as Error).message}`);
    return [];
  }
  if (!listed) return [];
  const out: Attachment[] = [];
  const xml = [...listed].filter(([, meta]) => /\.xml$/i.test(meta.filename));
  xml.sort(([, a], [, b]) => Number(E_INVOICE_NAME.test(b.filename)) - Number(E_INVOICE_NAME.test(a.filename)));
  for (const [id, meta] of xml.slice(0, MAX_READ)) {
    try {
      const bytes = meta.content ?? (await doc.getAttachmentContent(id));
      if (!bytes) continue;
      if (bytes.length > MAX_XML_BYTES) {
        warnings.push(`The embedded file "${meta.filename}" is larger than ${MAX_XML_BYTES / 1024 / 1024} MB and was not read.`);
        continue;
      }
      out.push({ name: meta.filename, bytes });
    } catch (err) {
      warnings.push(`The embedded file "${meta.filename}" was skipped: it did not open (${(err as Error).message}).`);
    }
  }
  return out;
}
