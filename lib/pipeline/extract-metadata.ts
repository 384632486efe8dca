// Document information: the info dictionary, the PDF version, the page count.
import type { DocumentMetadata } from './types';
import { parsePdfDate, type PdfDocument } from './pdfjs';

type Info = Record<string, unknown>;

const text = (value: unknown): string | null => {
  if (typeof value !== 'string') return null;
  const trimmed = value.replace(/\u0000/g, '').trim();
  return trimmed || null;
};

const isoDate = (value: unknown): string | null => parsePdfDate(value)?.toISOString() ?? null;

export async function extractMetadata(doc: PdfDocument): Promise<DocumentMetadata> {
  const info: Info = { ...(await doc.getMetadata()).info };
  return {
    title: text(info.Title),
    author: text(info.Author),
    subject: text(info.Subject),
    keywords: text(info.Keywords),
    creator: text(info.Creator),
    producer: text(info.Producer),
    creation_date: isoDate(info.CreationDate),
    modification_date: isoDate(info.ModDate),
    pdf_version: text(info.PDFFormatVersion),
    page_count: doc.numPages,
    encrypted: Boolean(info.EncryptFilterName),
  };
}
