// The datasheet extractor: its part numbers, packages, ordering information and key ratings, and every
// row of its characteristics tables (absolute maximum ratings, recommended operating conditions,
// electrical, switching, timing and thermal characteristics), in page order, each as the page prints it.
// A page the table reader cannot read costs that page's rows (named in `warnings`), not the document's.
import type { PageLayout } from '../../layout/types';
import type { DatasheetData, ElectricalCharacteristic, Table } from '../../types';
import { buildSpiceModels } from '../../../spice/build-spice-models';
import { tidyJoined } from './joined-text';
import { partNumbers } from './part-numbers';
import { keyRatingsOf, orderingOf, packagesOf } from './summary';
import { readTables } from './tables';

const MAX_ROWS = 3000;

/** Every page's table rows; when the reader fails on the whole, each page is read on its own. */
function tableRows(pages: PageLayout[], warnings: string[]): ElectricalCharacteristic[] {
  try {
    return readTables(pages);
  } catch {
    // Read alone, a page loses only what continues from the page before it.
    return pages.flatMap((page) => {
      try {
        return readTables([page]);
      } catch (err) {
        warnings.push(`The characteristics tables of page ${page.number} could not be read (${(err as Error).message}).`);
        return [];
      }
    });
  }
}

export function extractDatasheet(pages: PageLayout[], tables: Table[], text: string, warnings: string[] = []): DatasheetData {
  const rows = tableRows(pages, warnings)
    .slice(0, MAX_ROWS)
    .map((row) => ({ ...row, conditions: tidyJoined(row.conditions), table_conditions: tidyJoined(row.table_conditions) }));
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
