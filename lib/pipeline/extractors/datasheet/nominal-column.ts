// "MIN NOM MAX" (TI's recommended operating conditions): the nominal value stands where a typical one
// would. Only between a Min and a Max column of the same group: "NOM" alone is also the word a
// package drawing sets beside its dimensions.
import type { Column } from './header';

const NOMINAL = /^nom(?:inal|\.)?$/i;

export function withNominalColumns(columns: Column[]): Column[] {
  return columns.map((c, i) => {
    if (c.role !== 'other' || !NOMINAL.test(lastWord(c.name))) return c;
    const min = columns.slice(0, i).findLast((d) => d.role === 'min');
    const max = columns.slice(i + 1).find((d) => d.role === 'max');
    if (!min || !max || min.variant !== max.variant || columns.slice(0, i).some((d) => d.x0 > min.x0 && d.role === 'typ')) return c;
    return { ...c, role: 'typ', variant: min.variant };
  });
}

/** The column's own word under its group labels ("A grade NOM" → "NOM"). */
const lastWord = (name: string) => name.trim().split(/\s+/).at(-1) ?? '';
