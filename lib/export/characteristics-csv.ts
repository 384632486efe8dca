// characteristics.csv: a datasheet's characteristics as one table, one row per characteristic, with
// the file, part number and page it came from: per document (`<name>.characteristics.csv`) and for
// the whole batch (`characteristics.csv`, every datasheet's rows one after the other).
import type { DatasheetData, ElectricalCharacteristic } from '../pipeline/types';
import { csvLine } from './csv';

export const CHARACTERISTICS_COLUMNS = [
  'file',
  'part',
  'page',
  'table',
  'section',
  'parameter',
  'symbol',
  'conditions',
  'table_conditions',
  'variant',
  'min',
  'typ',
  'max',
  'unit',
  'printed_min',
  'printed_typ',
  'printed_max',
  'printed_value',
  'footnotes',
] as const;

export const characteristicsHeader = () => csvLine(CHARACTERISTICS_COLUMNS);

/** A row of the CSV: the part is the variant where it names one, else the datasheet's first part number. */
export function characteristicLine(file: string, data: Pick<DatasheetData, 'part_numbers'>, c: ElectricalCharacteristic): string {
  const part = c.variant && data.part_numbers.some((p) => c.variant!.includes(p)) ? c.variant : (data.part_numbers[0] ?? null);
  return csvLine([
    file,
    part,
    c.page,
    c.table,
    c.section,
    c.parameter,
    c.symbol,
    c.conditions,
    c.table_conditions,
    c.variant,
    c.min,
    c.typ,
    c.max,
    c.unit,
    c.printed.min ?? null,
    c.printed.typ ?? null,
    c.printed.max ?? null,
    c.printed.value ?? null,
    c.footnotes.join('; ') || null,
  ]);
}

export function* characteristicsCsv(file: string, data: DatasheetData): Generator<string> {
  yield characteristicsHeader();
  for (const c of data.electrical_characteristics) yield characteristicLine(file, data, c);
}
