// Results stored by an earlier version, brought to today's shape where they are read (the document
// view, the job API, the export). Invoices and datasheets gained fields (evidence, parties,
// payment, printed limits, tables); an old result gets their empty values, never a guess.
import { emptyInvoice } from './extractors/invoice/embedded/common';
import type { DatasheetData, DocumentResult, DomainData, ElectricalCharacteristic, InvoiceData } from './types';

function upgradeInvoice(old: Partial<InvoiceData> & { type: 'invoice' }): InvoiceData {
  const empty = emptyInvoice();
  return {
    ...empty,
    ...old,
    seller_details: { ...empty.seller_details, name: old.seller ?? null, ...old.seller_details },
    buyer_details: { ...empty.buyer_details, name: old.buyer ?? null, ...old.buyer_details },
    payment: { ...empty.payment, ...old.payment },
  };
}

function upgradeCharacteristic(old: Partial<ElectricalCharacteristic>): ElectricalCharacteristic {
  return {
    table: 'Characteristics',
    section: null,
    parameter: '',
    symbol: null,
    conditions: null,
    table_conditions: null,
    variant: null,
    min: null,
    typ: null,
    max: null,
    unit: null,
    page: 1,
    bbox: [0, 0, 0, 0],
    footnotes: [],
    ...old,
    printed: { ...old.printed },
  };
}

function upgradeDatasheet(old: Partial<DatasheetData> & { type: 'datasheet' }): DatasheetData {
  return {
    part_numbers: [],
    packages: [],
    ordering: [],
    key_ratings: [],
    spice_models: [],
    ...old,
    electrical_characteristics: (old.electrical_characteristics ?? []).map(upgradeCharacteristic),
  };
}

export function upgradeDomain(domain: DomainData | null | undefined): DomainData | null {
  if (!domain) return null;
  if (domain.type === 'invoice') return upgradeInvoice(domain);
  if (domain.type === 'datasheet') return upgradeDatasheet(domain);
  return domain;
}

/** A stored result in today's shape. */
export function upgradeResult(result: DocumentResult): DocumentResult {
  return result.domain ? { ...result, domain: upgradeDomain(result.domain) } : result;
}
