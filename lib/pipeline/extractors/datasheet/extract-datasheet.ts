// The datasheet extractor: its part numbers, packages, ordering information and key ratings, and every
// row of its characteristics tables (absolute maximum ratings, recommended operating conditions,
// electrical, switching, timing and thermal characteristics), in page order, each as the page prints it.
import type { PageLayout } from '../../layout/types';
import type { DatasheetData, Table } from '../../types';
import { buildSpiceModels } from '../../../spice/build-spice-models';
import { partNumbers } from './part-numbers';
import { keyRatingsOf, orderingOf, packagesOf } from './summary';
import { readTables } from './tables';

const MAX_ROWS = 3000;

export function extractDatasheet(pages: PageLayout[], tables: Table[], text: string): DatasheetData {
  const rows = readTables(pages).slice(0, MAX_ROWS);
  rows.sort((a, b) => a.page - b.page || a.bbox[1] - b.bbox[1] || a.bbox[0] - b.bbox[0]);
  const symbols = new Set(rows.map((r) => r.symbol).filter((s): s is string => !!s));
  const parts = partNumbers(pages, tables, text, symbols);
  return {
    type: 'datasheet',
    part_numbers: parts,
    packages: packagesOf(text),
    ordering: orderingOf(tables),
    key_ratings: keyRatingsOf(rows),
    electrical_characteristics: rows,
    spice_models: buildSpiceModels(parts, rows, text),
  };
}
