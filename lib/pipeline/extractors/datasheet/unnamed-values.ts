// A header that names its rows (Parameter, Symbol) and their units but no limit column: the columns
// headed by something else, right of the names, hold the values, each for what its head says
// ("10 s" | "STEADY STATE", "5 V" | "3.3 V", "TO-220" | "D2PAK"). Without them the table would read no row.
import type { Column } from './header';

/** Heads of columns that hold no values even in such a table: notes, comments, pins, a test level, a spread. */
const NO_VALUES = /^(?:notes?|comments?|remarks?|pins?|pin\s+no\.?|test\s+(?:level|circuit|method)|std\.?\s*dev\.?|σ|ref\.?|figures?|fig\.?)$/i;

export function withUnnamedValueColumns(columns: Column[]): Column[] {
  if (columns.some((c) => c.role === 'min' || c.role === 'typ' || c.role === 'max' || c.role === 'value')) return columns;
  if (!columns.some((c) => c.role === 'unit')) return columns;
  const names = columns.filter((c) => c.role === 'parameter' || c.role === 'symbol' || c.role === 'conditions' || c.role === 'condvar');
  if (!names.some((c) => c.role === 'parameter' || c.role === 'symbol')) return columns;
  const after = Math.max(...names.map((c) => c.x1));
  return columns.map((c) => (c.role === 'other' && c.x0 > after && c.name.trim() && !NO_VALUES.test(c.name.trim()) ? { ...c, role: 'value', variant: c.name.trim() } : c));
}
