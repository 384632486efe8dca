// A package drawing's table of dimensions ("DIM | MILLIMETERS Min Max | INCHES Min Max", "SYMBOL |
// DIMENSIONS Min. Max.") has the header of a characteristics table, Min/Max under group labels, but its
// rows are lengths of the package outline, not characteristics: it is no table the reader reads.
import type { Header } from './header';

/** A group label over limit columns that is a unit of length or says the columns are dimensions. */
const LENGTH_GROUP = /^(?:millimet(?:er|re)s?|mm|inch(?:es)?|in\.?|mils?|dimensions?(?:\s+in\s+(?:millimet(?:er|re)s?|mm|inch(?:es)?))?)\s*[*†]?$/i;

/** A column headed as a dimension's letter ("DIM", "Dimension"). */
const DIMENSION_COLUMN = /^dim(?:ension)?s?\.?$/i;

export function isDimensionTable(header: Header): boolean {
  const limits = header.columns.filter((c) => c.role === 'min' || c.role === 'typ' || c.role === 'max' || c.role === 'value');
  if (!limits.length) return false;
  if (limits.every((c) => c.variant !== null && LENGTH_GROUP.test(c.variant.trim()))) return true;
  return header.columns.some((c) => DIMENSION_COLUMN.test(c.name.trim()));
}
