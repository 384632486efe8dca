// Builds a model's parameter table: each value with its unit, where it came from and the rows it
// rests on; what nothing in the datasheet supports takes its documented default.
import type { DefaultEntry } from './defaults';
import type { Measurement } from './quantities';
import type { ParameterSource, SpiceParameter, SourceRow } from './types';

export class ParameterTable {
  readonly values: Record<string, SpiceParameter> = {};
  constructor(private readonly defaults: Record<string, DefaultEntry>) {}

  set(name: string, value: number, from: ParameterSource, rows: Measurement[] | SourceRow[] = [], unit?: string): void {
    const sourceRows = rows.map((r) => ('row' in r ? r.row : r));
    const unique = sourceRows.filter((r, i) => sourceRows.findIndex((o) => o.page === r.page && o.symbol === r.symbol && o.conditions === r.conditions) === i);
    this.values[name] = { value, unit: unit ?? this.defaults[name]?.unit ?? '', from, source_rows: unique };
  }

  /** Sets a fitted value when `rows` support it, else the default. */
  fittedOr(name: string, fitted: number, rows: Measurement[]): void {
    if (rows.length) this.set(name, fitted, 'fitted', rows);
    else this.setDefault(name);
  }

  setDefault(name: string): void {
    this.set(name, this.defaults[name].value, 'default');
  }

  value(name: string): number {
    return this.values[name]?.value ?? this.defaults[name].value;
  }
}
