// The XML files a PDF embeds (where a Factur-X / ZUGFeRD / XRechnung invoice travels), read through
// pdf.js: names first, then the content of XML-named ones only, each at most MAX_XML_BYTES.
import type { PdfDocument } from '../../../pdfjs';
import type { Attachment } from './read-e-invoice';
import { MAX_XML_BYTES } from './xml-tree';

const MAX_ATTACHMENTS = 20;

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
  for (const [id, meta] of [...listed].slice(0, MAX_ATTACHMENTS)) {
    if (!/\.xml$/i.test(meta.filename)) continue;
    try {
      const bytes = meta.content ?? (await doc.getAttachmentContent(id));
      if (!bytes) continue;
      if (bytes.length > MAX_XML_BYTES) {
        warnings.push(`The embedded file "${meta.filename}" is larger than ${MAX_XML_BYTES / 1024 / 1024} MB and was not read.`);
        continue;
      }
      out.push({ name: meta.filename, bytes });
    } catch (err) {
      warnings.push(`The embedded file "${meta.filename}" could not be read: ${(err as Error).message}`);
    }
  }
  return out;
}
