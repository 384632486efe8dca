// The detectors over the pages read once: which run depends on the workflow. Each detector is
// isolated: one that throws is reported in `warnings` and the others still give their results.
import type { Workflow } from '../schemas/batch';
import { classify } from './classify/classify';
import { dateOrder } from './detect/date-order';
import { detectEntities } from './detect/entities';
import { detectFields } from './detect/fields';
import { detectLanguage } from './detect/language';
import { detectTables } from './detect/tables';
import { extractDomain } from './extractors/extract-domain';
import type { PageLayout } from './layout/types';
import type { Classification, DocumentMetadata, DocumentResult, Field, InvoiceData, Language, Table } from './types';

export type Analysis = Pick<DocumentResult, 'tables' | 'fields' | 'entities' | 'language' | 'classification' | 'domain'>;

export type AnalysisInput = {
  workflow: Workflow;
  layouts: PageLayout[];
  text: string;
  metadata: DocumentMetadata;
  warnings: string[];
  /** The e-invoice XML the PDF embeds, read, or null: it makes the document an invoice. */
  eInvoice: InvoiceData | null;
};

function attempt<T>(what: string, warnings: string[], run: () => T, fallback: T): T {
  try {
    return run();
  } catch (err) {
    warnings.push(`${what} failed: ${(err as Error).message}`);
    return fallback;
  }
}

/** The document's language (classify and full_extraction; null for text_only or when unknown). */
export function documentLanguage({ workflow, text, warnings }: AnalysisInput): Language | null {
  if (workflow === 'text_only') return null;
  return attempt('Language detection', warnings, () => detectLanguage(text), null);
}

/**
 * Tables, fields and entities (full_extraction only). Numeric dates are read in the document's
 * day/month order, learnt from its text and `language` ("05/12/2017" is 5 December in French).
 */
export function detectStructure({ workflow, layouts, text, warnings }: AnalysisInput, language: Language | null): Pick<Analysis, 'tables' | 'fields' | 'entities'> {
  if (workflow !== 'full_extraction') return {};
  // English says nothing about the order (US or not): there only the document's own dates and
  // currency decide, and without them "/" reads month first as before.
  const code = language?.code ?? null;
  const order = dateOrder(text, code === 'en' ? null : code);
  const tables = attempt('Table detection', warnings, () => layouts.flatMap((page) => detectTables(page)), [] as Table[]);
  const fields = attempt('Field detection', warnings, () => detectFields(layouts, order), [] as Field[]);
  const entities = attempt('Entity detection', warnings, () => detectEntities(layouts, order), undefined);
  return { tables, fields, entities };
}

/** The document type, with its `language` (classify and full_extraction). */
export function classifyDocument(input: AnalysisInput, structure: Pick<Analysis, 'tables' | 'fields'>, language: Language | null): Pick<Analysis, 'language' | 'classification'> {
  const { workflow, layouts, text, metadata, warnings } = input;
  if (workflow === 'text_only') return {};
  const classification = attempt<Classification | undefined>(
    'Classification',
    warnings,
    () =>
      classify({
        text,
        pages: layouts,
        metadata,
        tableCount: structure.tables?.length ?? 0,
        fieldKeys: (structure.fields ?? []).map((f) => f.key),
        formFieldCount: metadata.form_fields.length,
      }),
    undefined,
  );
  const final = classification && input.eInvoice ? asEInvoice(classification, input.eInvoice) : classification;
  return { language, classification: final };
}

/** The category's own extractor (full_extraction only): invoice, datasheet, loan document. */
export function extractDomainData(input: AnalysisInput, structure: Pick<Analysis, 'tables' | 'fields'>, classified: Pick<Analysis, 'language' | 'classification'>): Pick<Analysis, 'domain'> {
  const { workflow, layouts, text, warnings } = input;
  const category = classified.classification?.final_category;
  if (workflow !== 'full_extraction' || !category) return {};
  const domain = attempt(
    'The document type extractor',
    warnings,
    () =>
      extractDomain(category, {
        pages: layouts,
        text,
        tables: structure.tables ?? [],
        fields: structure.fields ?? [],
        language: classified.language?.code ?? null,
        eInvoice: input.eInvoice,
        warnings,
      }),
    null,
  );
  return { domain };
}

/** A PDF that carries an e-invoice (Factur-X, ZUGFeRD, XRechnung) is an invoice, whatever its page looks like. */
function asEInvoice(c: Classification, e: InvoiceData): Classification {
  const what = e.e_invoice ? `${e.e_invoice.format} (${e.e_invoice.file})` : 'e-invoice XML';
  return { ...c, final_category: 'invoice', confidence: 1, signals: [`carries its invoice as XML: ${what}`, ...c.signals] };
}
