// A column with no head left of a table's first headed column: International Rectifier sets each
// rating's symbol far left of a centred "Parameter" ("IDM", "ID @ TC = 25°C"), past the margin a
// table's rows are looked for in. When the rows with values start with a short text at one left
// edge, on most of them, the rows reach that far: the body reader then finds the column in them.
import type { Fragment } from './fragments';
import { LIMIT_ROLES, type Header } from './header';

const NUMBER = /^[-+±–−]?\s?\.?\d/;
/** A symbol ("IDM", "RθJC", "TJ, TSTG"), maybe with its condition after "@" ("ID @ TC = 25°C"). */
const SYMBOL_LIKE = /^[A-Za-zθΘψΨαβγΔ∆][A-Za-z0-9θ(),/ ]{0,11}(?:\s*@\s*\S.{0,20})?$/;

/** Where the rows under `header` start, when an unlabelled column of short texts stands left of it; else undefined. */
export function rowsStartLeftOf(header: Header, below: Fragment[][]): number | undefined {
  const first = Math.min(...header.columns.map((c) => c.x0));
  const limits = header.columns.filter((c) => LIMIT_ROLES.includes(c.role));
  if (!limits.length) return undefined;
  const valued = below.filter((row) => row.some((f) => NUMBER.test(f.text.trim()) && limits.some((c) => Math.min(c.x1, f.x1) - Math.max(c.x0, f.x0) > 0)));
  if (valued.length < 3) return undefined;
  // Each valued row's leftmost text, when it stands wholly left of the header and is short (a symbol, not a line of prose).
  // (Symbol-like: a line of the prose in a page column beside the table is no symbol, even a short one.)
  const starts = valued.map((row) => row[0]).filter((f) => f.x1 < first - 2 && SYMBOL_LIKE.test(f.text.trim()));
  const edges = new Map<number, Fragment[]>();
  for (const f of starts) edges.set(Math.round(f.x0 / 3), [...(edges.get(Math.round(f.x0 / 3)) ?? []), f]);
  const aligned = [...edges.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  if (aligned.length < Math.max(3, 0.6 * valued.length)) return undefined;
  return Math.min(...aligned.map((f) => f.x0)) - 1;
}
