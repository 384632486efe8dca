// Document information: the info dictionary, XMP title and authors, the PDF version, the page
// count, the outline and the form fields.
import { extractFormFields } from './extract-form-fields';
import { extractOutline } from './extract-outline';
import { parsePdfDate, type PdfDocument } from './pdfjs';
import type { DocumentMetadata } from './types';

type Info = Record<string, unknown>;
type Xmp = { get(name: string): unknown } | null;

const text = (value: unknown): string | null => {
  if (typeof value !== 'string') return null;
  const trimmed = value.replace(/\u0000/g, '').replace(/\s+/g, ' ').trim();
  return trimmed || null;
};

const isoDate = (value: unknown): string | null => parsePdfDate(value)?.toISOString() ?? null;

function readXmp(xmp: Xmp): DocumentMetadata['xmp'] {
  if (!xmp) return null;
  const title = text(xmp.get('dc:title'));
  const creator = xmp.get('dc:creator');
  const creators = (Array.isArray(creator) ? creator : [creator]).map(text).filter((c): c is string => c !== null);
  return title || creators.length ? { title, creators } : null;
}

/** The outline and form fields are extras: when they cannot be read, `warnings` says so. */
export async function extractMetadata(doc: PdfDocument, warnings: string[]): Promise<DocumentMetadata> {
  const { info: rawInfo, metadata } = await doc.getMetadata();
  const info: Info = { ...(rawInfo as Info) };
  const xmp = readXmp(metadata as Xmp);
  const outline = await extractOutline(doc).catch((err: Error) => {
    warnings.push(`The outline could not be read: ${err.message}`);
    return [];
  });
  const formFields = await extractFormFields(doc).catch((err: Error) => {
    warnings.push(`The form fields could not be read: ${err.message}`);
    return [];
  });
  return {
    title: text(info.Title) ?? xmp?.title ?? null,
    author: text(info.Author) ?? (xmp?.creators.length ? xmp.creators.join(', ') : null),
    subject: text(info.Subject),
    keywords: text(info.Keywords),
    creator: text(info.Creator),
    producer: text(info.Producer),
    creation_date: isoDate(info.CreationDate),
    modification_date: isoDate(info.ModDate),
    pdf_version: text(info.PDFFormatVersion),
    page_count: doc.numPages,
    encrypted: Boolean(info.EncryptFilterName),
    xmp,
    has_outline: outline.length > 0,
    outline,
    form_fields: formFields,
  };
}
