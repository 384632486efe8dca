// Runs the extractor of a document's category, when it has one.
import type { PageLayout } from '../layout/types';
import type { Category, DomainData, Field, InvoiceData, Table } from '../types';
import { extractDatasheet } from './datasheet/extract-datasheet';
import { extractInvoice } from './invoice/extract-invoice';
import { extractLoan } from './loan';

export type DomainInput = {
  pages: PageLayout[];
  text: string;
  tables: Table[];
  fields: Field[];
  language: string | null;
  /** The e-invoice the PDF embeds, already read, or null. */
  eInvoice: InvoiceData | null;
  /** The document's warnings, for what an extractor could read only in part. */
  warnings?: string[];
};

export function extractDomain(category: Category, input: DomainInput): DomainData | null {
  switch (category) {
    case 'datasheet':
      return extractDatasheet(input.pages, input.tables, input.text, input.warnings);
    case 'invoice':
      return extractInvoice(input);
    case 'loan_document':
      return extractLoan(input);
    default:
      return null;
  }
}
