// An e-invoice from the files a PDF embeds: the XML attachments are tried in order of their names
// (factur-x.xml, zugferd-invoice.xml, xrechnung.xml... first), and the first one that is a CII or
// UBL invoice is read. A broken or foreign XML is reported, and the page is read instead.
import type { InvoiceData } from '../../../types';
import { isCii, readCii } from './cii';
import { isUbl, readUbl } from './ubl';
import { parseXml } from './xml-tree';

export type Attachment = { name: string; bytes: Uint8Array };

const KNOWN_NAMES = /^(?:factur-x|zugferd-invoice|xrechnung|order-x|invoice|ubl|cii)\.xml$/i;

export function readEInvoice(attachments: Attachment[], warnings: string[]): InvoiceData | null {
  const xml = attachments.filter((a) => /\.xml$/i.test(a.name)).sort((a, b) => Number(KNOWN_NAMES.test(b.name)) - Number(KNOWN_NAMES.test(a.name)));
  for (const attachment of xml) {
    try {
      const root = parseXml(attachment.bytes);
      if (isCii(root)) return readCii(root, attachment.name);
      if (isUbl(root)) return readUbl(root, attachment.name);
    } catch (err) {
      warnings.push(`The embedded invoice XML "${attachment.name}" was not used (${(err as Error).message}); the invoice was read from the page.`);
    }
  }
  return null;
}
