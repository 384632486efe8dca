// A package drawing's table of dimensions ("DIM | MILLIMETERS Min Max | INCHES Min Max", "SYMBOL |
// DIMENSIONS Min. Max.") has the header of a characteristics table, Min/Max under group labels, but its
// rows are lengths of the package outline, not characteristics: it is no table the reader reads.
import type { Fragment } from './fragments';
import type { Header } from './header';

/** A unit of length as a drawing names it. */
const LENGTH = String.raw`millimet(?:er|re)s?|mm|inch(?:es)?|in\.?|mils?`;
/** A group label over limit columns that is a unit of length or says the columns are dimensions. */
const LENGTH_GROUP = new RegExp(String.raw`^(?:${LENGTH}|dimensions?(?:\s+in\s+(?:millimet(?:er|re)s?|mm|inch(?:es)?))?)\s*[*†]?$`, 'i');

/** A column headed as a dimension's letter ("DIM", "Dimension"). */
const DIMENSION_COLUMN = /^dim(?:ension)?s?\.?$/i;

/** A drawing's letter for a dimension ("b", "D", "G1", "A2") heading its limit columns. */
const DIMENSION_LETTER = /^[A-Za-z]\d{0,2}$/;
/** A unit of length alone in a cell ("mm", "inches"): the unit of a dimensions' row. */
const LENGTH_UNIT = new RegExp(`^(?:${LENGTH})$`, 'i');

/** `below`: the first lines under the header (a dimensions' row names its unit: "UNIT | b max. | D max." over "mm | 0.56 | 1.85"). */
export function isDimensionTable(header: Header, below: Fragment[][] = []): boolean {
  const limits = header.columns.filter((c) => c.role === 'min' || c.role === 'typ' || c.role === 'max' || c.role === 'value');
  if (!limits.length) return false;
  if (limits.every((c) => c.variant !== null && LENGTH_GROUP.test(c.variant.trim()))) return true;
  if (header.columns.some((c) => DIMENSION_COLUMN.test(c.name.trim()))) return true;
  // Three dimension letters or more over most of the limits (a drawing's labels and scale may join the
  // header's line), and a row of lengths under them.
  const letters = limits.map((c) => c.variant?.trim() ?? '').filter((l) => DIMENSION_LETTER.test(l));
  return new Set(letters).size >= 3 && letters.length >= 0.75 * limits.length && below.flat().some((f) => LENGTH_UNIT.test(f.text.trim()));
}
