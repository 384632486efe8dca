// A ruled table's columns reach from rule to rule: a header word centred in its cell ("CONDITIONS"
// over a wide cell) names the whole cell, so a text set at the cell's left edge ("MAX124_A") stands
// under it. Only the vertical rules that cross the header's last row count, and a column is widened
// only to a cell that holds no other column.
import type { Rule } from '../../layout/types';
import type { Column, Header } from './header';

export function widenToRules(columns: Column[], header: Pick<Header, 'bottom' | 'pitch'>, rules: Rule[]): Column[] {
  const xs = [
    ...new Set(
      rules
        .filter((r) => r.x0 === r.x1 && r.y0 <= header.bottom - 0.25 * header.pitch && r.y1 >= header.bottom + 0.1 * header.pitch)
        .map((r) => Math.round(r.x0 * 2) / 2),
    ),
  ].sort((a, b) => a - b);
  if (xs.length < 2) return columns;
  return columns.map((c) => {
    const left = xs.filter((x) => x <= c.x0 + 1).pop();
    const right = xs.find((x) => x >= c.x1 - 1);
    if (left === undefined || right === undefined) return c;
    const shared = columns.some((o) => o !== c && (o.x0 + o.x1) / 2 > left && (o.x0 + o.x1) / 2 < right);
    return shared ? c : { ...c, x0: left + 0.5, x1: right - 0.5 };
  });
}
