// The detectors over the pages read once: which run depends on the workflow. Each detector is
// isolated: one that throws is reported in `warnings` and the others still give their results.
import type { Workflow } from '../schemas/batch';
import { classify } from './classify/classify';
import { detectEntities } from './detect/entities';
import { detectFields } from './detect/fields';
import { detectLanguage } from './detect/language';
import { detectTables } from './detect/tables';
import { extractDomain } from './extractors/extract-domain';
import type { PageLayout } from './layout/types';
import type { Classification, DocumentMetadata, DocumentResult, Field, InvoiceData, Table } from './types';

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

/** Tables, fields and entities (full_extraction only). */
export function detectStructure({ workflow, layouts, warnings }: AnalysisInput): Pick<Analysis, 'tables' | 'fields' | 'entities'> {
  if (workflow !== 'full_extraction') return {};
  const tables = attempt('Table detection', warnings, () => layouts.flatMap((page) => detectTables(page)), [] as Table[]);
  const fields = attempt('Field detection', warnings, () => detectFields(layouts), [] as Field[]);
  const entities = attempt('Entity detection', warnings, () => detectEntities(layouts), undefined);
  return { tables, fields, entities };
}

/** Language and the document type (classify and full_extraction). */
export function classifyDocument(input: AnalysisInput, structure: Pick<Analysis, 'tables' | 'fields'>): Pick<Analysis, 'language' | 'classification'> {
  const { workflow, layouts, text, metadata, warnings } = input;
  if (workflow === 'text_only') return {};
  const language = attempt('Language detection', warnings, () => detectLanguage(text), null);
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
