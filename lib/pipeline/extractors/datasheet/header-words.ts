// The words a table header names its columns with, and what each makes a column: Min/Typ/Max,
// a lone value column ("Value", "Ratings", "Absolute Maximum"), the names ("Parameter", also
// "Parameter and Test Condition"), symbols, units, conditions (also a column of the quantity they
// give: "Frequency", "Temp"). Footnote marks on a header word ("Typ. [1]", "Max.(2)", "Min¹") refer
// to notes and change nothing.
import type { Fragment } from './fragments';

export type Role = 'parameter' | 'symbol' | 'conditions' | 'condvar' | 'min' | 'typ' | 'max' | 'value' | 'unit' | 'other';
export const LIMIT_ROLES: readonly Role[] = ['min', 'typ', 'max', 'value'];

const ROLE_WORDS: [Role, RegExp][] = [
  ['min', /^min(?:imum|\.)?\d?$/i],
  ['typ', /^typ(?:ical|\.)?\d?$/i],
  ['max', /^max(?:imum|\.)?\d?$/i],
  ['unit', /^(?:units?\.?|unit\(s\))$/i],
  ['symbol', /^(?:symbols?|sym\.?)$/i],
];

/**
 * A footnote mark closing a header cell, however it is set: "[1]", "(2)", "(Note 3)", "⁽¹⁾", "¹", "*", "†".
 * It refers to a note; it names nothing.
 */
const HEADER_NOTE_MARK = /\s*(?:\[\s*\d{1,2}(?:\s*,\s*\d{1,2})*\s*\]|\(\s*(?:notes?\s*)?\d{1,2}(?:\s*,\s*\d{1,2})*\s*\)|⁽[⁰¹²³⁴⁵⁶⁷⁸⁹]+⁾|[†‡§*¹²³⁴⁵⁶⁷⁸⁹⁰]+)$/iu;

/** A header text without the footnote marks after it ("Typ. [1]" → "Typ.", "Max.(2)" → "Max."). */
export function withoutNoteMarks(text: string): string {
  let t = text.trim();
  for (let m = HEADER_NOTE_MARK.exec(t); m && m.index > 0; m = HEADER_NOTE_MARK.exec(t)) t = t.slice(0, m.index).trim();
  return t;
}

/**
 * The one value column of a ratings table, under any of its usual names: "Value", "Rating(s)",
 * "Limit(s)", "Maximum Rating", "Max. Ratings", "Absolute Maximum", "Spec".
 */
const VALUE_HEADER = /^(?:values?|ratings?|limits?|max(?:imum|\.)?\s*ratings?|abs(?:olute|\.)?\s*max(?:imum|\.)?(?:\s*ratings?)?|spec(?:ification)?s?\.?)(?:\s*(?:\(.{1,8}\)|\[.{1,8}\]))?$/i;

/** A name column that holds each row's test conditions too ("Parameter and Test Condition"): the names' column. */
const NAME_AND_CONDITIONS = /^(?:parameters?|characteristics?|descriptions?)\s*(?:and|&|\/|,|\+)\s*(?:test\s+)?conditions?$/i;

/**
 * A column of condition values headed by the quantity they give ("Frequency", "Temp"): the rows'
 * conditions. ("Temperature" in full is left out: set alone under a header it is more often a section heading.)
 */
const CONDITION_QUANTITY = /^(?:freq(?:uency|\.)?|temp\.?)(?:\s*(?:\([^()]{1,6}\)|\[[^[\]]{1,6}\]))?$/i;

/** The role a header text names, or null. */
export function roleOfText(text: string): Role | null {
  const t = withoutNoteMarks(text);
  const low = t.toLowerCase();
  for (const [role, re] of ROLE_WORDS) if (re.test(t)) return role;
  if (/^(?:min|typ|max)\.?\s*[([]/.test(low)) return low.slice(0, 3) as Role;
  // "Min. Value", "Typical Value": the limit the word names.
  if (/^(?:min(?:imum|\.)?|typ(?:ical|\.)?|max(?:imum|\.)?)\s+values?$/.test(low)) return low.slice(0, 3) as Role;
  if (VALUE_HEADER.test(t)) return 'value';
  if (NAME_AND_CONDITIONS.test(t)) return 'parameter';
  if (CONDITION_QUANTITY.test(t)) return 'conditions';
  if (/condition|^test$|^comments?$|^other$/i.test(t)) return 'conditions';
  if (/^(?:parameters?|characteristics?|descriptions?|items?|ratings? description|test items?|function)$/i.test(t)) return 'parameter';
  return null;
}

/** A header fragment that is only a footnote mark: "1" (set small or raised), "[1]", "(2)", "⁽¹⁾", "¹", "*", "†". */
const BARE_MARK = /^(?:\[\s*\d{1,2}\s*\]|\(\d{1,2}\)|⁽[⁰¹²³⁴⁵⁶⁷⁸⁹]+⁾|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|[*†‡§]+|\d{1,2})$/u;

/**
 * The header's rows without the footnote marks set apart right after a header word ("Typ." and a
 * small raised "1", "Max." and "[2]" as segments of their own): a mark names no column, and left
 * alone it would make a narrow column of its own beside the one it marks. A bare digit goes only when
 * set smaller or raised (a digit of the same size and line may be a temperature label).
 */
export function withoutSetApartMarks(band: Fragment[][]): Fragment[][] {
  const all = band.flat();
  const isMark = (f: Fragment) => {
    const t = f.text.trim();
    if (!BARE_MARK.test(t)) return false;
    const host = all.find((g) => g !== f && /\p{L}/u.test(g.text) && f.x0 - g.x1 >= -1 && f.x0 - g.x1 <= 0.6 * g.size && Math.abs(g.y - f.y) < 0.8 * g.size);
    if (!host) return false;
    return !/^\d{1,2}$/.test(t) || f.size < 0.85 * host.size || host.y - f.y > 0.15 * host.size;
  };
  const marks = new Set(all.filter(isMark));
  return marks.size ? band.map((r) => r.filter((f) => !marks.has(f))).filter((r) => r.length) : band;
}

/**
 * A header cell wrapped over lines ("Parameter and" over "Test Condition", "Absolute" over "Maximum"):
 * when the lines nearest the leaf read together as a value or name column, that is the column's role,
 * and those lines are its name, not a group label over it. Returns the role and how many labels it took.
 */
export function wrappedRole(labels: string[], own: string): { role: Role; taken: number } | null {
  const ownRole = roleOfText(own);
  for (let k = 1; k <= labels.length; k++) {
    const role = roleOfText([...labels.slice(-k), own].join(' '));
    if ((role === 'value' || role === 'parameter') && role !== ownRole) return { role, taken: k };
  }
  return null;
}
