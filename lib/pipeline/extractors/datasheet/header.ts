// A characteristics table's header: the row that names its columns (Parameter, Symbol, Conditions,
// Min, Typ, Max, Value, Unit) with the header rows around it (wrapped names, "TEST CONDITIONS" over
// "OTHER | VCC (V)", grade or part groups over Min/Typ/Max). Each leaf column gets a role and an
// x-span; a group label over limit columns is their variant.
import type { Fragment } from './fragments';
import { LIMIT_ROLES, roleOfText, withoutSetApartMarks, wrappedRole, type Role } from './header-words';
import { withNominalColumns } from './nominal-column';
import { withUnnamedValueColumns } from './unnamed-values';

export { LIMIT_ROLES, roleOfText, type Role };

export type Column = {
  role: Role;
  /** The header text of the column, group labels included. */
  name: string;
  x0: number;
  x1: number;
  /** For limit columns: the group label over them (grade, part, temperature range), or null. */
  variant: string | null;
  /** For a condition variable column ("VCC (V)", "TA"): the variable and its unit. */
  variable?: { name: string; unit: string | null };
  /** The unit a header gives its values ("Value (V)", "Max [mA]"). */
  unit?: string | null;
};

export type Header = {
  columns: Column[];
  top: number;
  bottom: number;
  x0: number;
  x1: number;
  pitch: number;
  /** Where the text of a neighbouring page column starts on the header's line (notes set beside the table): the rows end before it. */
  end?: number;
  /** Where the text of a neighbouring page column left of the table ends on the header's line: the rows start after it. */
  start?: number;
  /** Where the rows start when an unlabelled column stands left of the header (symbols left of a centred "Parameter"). */
  rowsFrom?: number;
};

/** "VCC (V)", "VDD", "TA", "Tamb (°C)", "TA‡": a column of condition values, by the variable it names. */
export function conditionVariable(text: string): { name: string; unit: string | null } | null {
  const m = /^(V[A-Z]{1,4}|T[Aaj]|Tamb|Tj|TJ|TC|Tcase|f|RL|CL|IO|IL)\s*[†‡§*]?\s*(?:\(([^)]{1,6})\))?$/u.exec(text.trim());
  return m ? { name: m[1], unit: m[2] ?? null } : null;
}

const TEMPERATURE = /^(?:[-+−–]?\d{1,3}\s?(?:°C)?|[-+−–]?\d{1,3}\s?(?:to|~)\s?[-+−–]?\d{1,3}\s?(?:°C)?)$/;

const HEADER_UNIT = /[([]\s*([pnuµμmkMG]?(?:V|A|W|Ω|F|Hz|s|°C|%|dB))\s*[)\]]\s*$/;

const isNumberish = (t: string) => /^[-+±–−]?\d/.test(t.trim());

const PART_WORD = /(?:\d[A-Z]{1,2}\d{3,}|\d{1,3}[A-Z]{1,4}\d{2,}|[A-Z]{1,5}\d{2,})[A-Z0-9-]*/;
/** A header cell naming parts ("LM158, LM158A", "LM2904Q", "BC546", "74HC00"): a column of their values. */
export const isPartLabel = (t: string) => new RegExp(`^${PART_WORD.source}(?:\\s*[,/]\\s*${PART_WORD.source})*,?$`).test(partText(t));
/** A part label without its note marks ("*MMBT2222A"). */
const partText = (t: string) => t.trim().replace(/^[*†‡]+\s*/, '');

/**
 * Whether a row is a header's key row: two limit words (Min/Typ/Max), or a Value/Rating column with a
 * Parameter or Symbol column, or Parameter and Symbol and Unit.
 */
export function isKeyRow(row: Fragment[]): boolean {
  // A cell "MIN TYP MAX" counts word by word; a phrase ("DC CHARACTERISTICS ... Specifications") as a whole.
  const roles = row.flatMap((f) => {
    const words = f.text.trim().split(/\s+/);
    return words.length > 1 && words.every((w) => roleOfText(w) !== null) ? words.map(roleOfText) : [roleOfText(f.text)];
  });
  const count = (r: Role) => roles.filter((x) => x === r).length;
  const limits = count('min') + count('typ') + count('max');
  if (limits >= 2) return true;
  if (count('value') >= 1 && (count('parameter') + count('symbol') + count('unit') >= 1)) return true;
  // "LM258, LM258A  LM2904  UNIT": the values stand under the parts they are for.
  if (count('unit') === 1 && roles.length <= 6 && row.filter((f) => isPartLabel(f.text)).length >= 1 && row.every((f) => isPartLabel(f.text) || roleOfText(f.text) !== null)) return true;
  // "Symbol | Test | Conditions | Max | Units", "PARAMETER | TEST CONDITIONS | TYP | UNIT": one limit column with names, conditions and units.
  if (limits >= 1 && count('symbol') + count('parameter') >= 1 && count('unit') >= 1 && count('conditions') >= 1) return true;
  // "Parameter | Max | Unit": one limit column beside the names and their units.
  if (limits >= 1 && count('parameter') >= 1 && count('unit') >= 1) return true;
  return count('parameter') >= 1 && count('symbol') >= 1 && count('unit') >= 1;
}

/** Splits a fragment "MIN TYP MAX" set in one segment into its words. */
function headerWords(f: Fragment): Fragment[] {
  const words = f.text.split(' ');
  // "MIN TYP MAX", "SYMBOL PARAMETER", "UNIT CONDITIONS": header words of several columns set as one text.
  const roles = words.map((w) => roleOfText(w) ?? (conditionVariable(w) ? 'condvar' : null));
  const distinct = new Set(roles).size === roles.length || roles.every((r) => r === 'min' || r === 'typ' || r === 'max');
  if (words.length > 1 && roles.every((r) => r !== null) && distinct) {
    const per = (f.x1 - f.x0) / Math.max(1, f.text.length);
    let offset = 0;
    return words.map((w) => {
      const piece = { ...f, text: w, x0: f.x0 + per * offset, x1: f.x0 + per * (offset + w.length) };
      offset += w.length + 1;
      return piece;
    });
  }
  return [f];
}

const overlaps = (a: { x0: number; x1: number }, b: { x0: number; x1: number }, slack = 0) => Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > -slack;

/**
 * The header around the key row at `index` of `rows`: rows above (within about two lines, no values)
 * and below (within a line and a half, no values) that sit over or under its columns.
 */
export function readHeader(rows: Fragment[][], index: number): Header {
  const key = rows[index];
  const size = Math.max(...key.map((f) => f.size));
  const band: Fragment[][] = [key];
  for (let i = index - 1; i >= 0 && band.length < 6; i--) {
    const r = rows[i];
    if (key[0].y - r[0].y > 2.6 * size * band.length) break;
    if (r.some((f) => /[.:]$/.test(f.text) && f.text.length > 40) || r.some((f) => f.text.length > 50)) break;
    if (isTitleLike(r) || r.some((f) => f.size > 1.3 * size)) break;
    // A caption ("Table 5. Timing Specification for ...", "Figure 3. ...") is no group label.
    if (r.some((f) => /^(?:table|figure|fig\.)\s*\d+/i.test(f.text.trim()))) break;
    // A line over both the names and the limits ("Voltages are referenced to GND") is a note, not a group label.
    const keyWords = key.flatMap(headerWords);
    const spansKinds = (f: Fragment) => {
      const roles = keyWords.filter((k) => overlaps(k, f)).map((k) => roleOfText(k.text));
      return roles.some((x) => x === 'min' || x === 'typ' || x === 'max') && roles.some((x) => x === 'parameter' || x === 'symbol');
    };
    if (r.some(spansKinds)) break;
    band.unshift(r);
  }
  let below = index + 1;
  const parts = key.some((f) => isPartLabel(f.text));
  // Part names under the key row: all of a row of two or more ("PN2222A  *MMBT2222A  **PZT2222A").
  const partRow = (row: Fragment[]) => parts || (row.length >= 2 && row.every((f) => isPartLabel(f.text)));
  while (below < rows.length && rows[below][0].y - rows[below - 1][0].y <= 1.6 * size && isHeaderRest(rows[below], partRow(rows[below]))) {
    band.push(rows[below]);
    below++;
  }
  const words = withoutSetApartMarks(band.map((r) => r.flatMap(headerWords)));
  // Leaves: bottom row first; a fragment of a higher row over an existing leaf is that leaf's label.
  type Leaf = Fragment & { labels: Fragment[] };
  const leaves: Leaf[] = [];
  for (let r = words.length - 1; r >= 0; r--) {
    for (const f of words[r]) {
      const under = leaves.filter((l) => overlaps(l, f, 1));
      if (under.length === 0) leaves.push({ ...f, labels: [] });
      else for (const l of under) l.labels.unshift(f);
    }
  }
  leaves.sort((a, b) => a.x0 - b.x0);
  const columns: Column[] = leaves.map((leaf) => {
    const own = leaf.text.trim();
    const labels = leaf.labels.map((l) => l.text.trim());
    const full = [...labels, own].join(' ');
    // A note under a limit word ("Typ" over "(Note 1)"): the nearest label names the column.
    const labelled = /^\(?(?:notes?\s*)?\d{1,2}\)?$|^\(note\s*\d{1,2}\)$/i.test(own) ? [...labels].reverse().map(roleOfText).find((r) => r === 'min' || r === 'typ' || r === 'max') : undefined;
    // ("Absolute" over "Maximum", "Parameter and" over "Test Condition": one cell wrapped, not a group over a column.)
    const wrapped = wrappedRole(labels, own);
    let role = wrapped?.role ?? roleOfText(own) ?? labelled ?? roleOfText(full);
    // "TEST CONDITIONS" over "OTHER" and "VCC (V)": the condition variables are their own columns.
    const variable = conditionVariable(own) ?? labels.map(conditionVariable).find((v) => v !== null) ?? null;
    if (variable && (role === null || role === 'conditions')) role = 'condvar';
    if (role === null && labels.some((l) => /condition/i.test(l))) role = 'conditions';
    // A value column named after a part ("BC546") under "Value" / "Ratings".
    if (role === null && labels.some((l) => roleOfText(l) === 'value')) role = 'value';
    // Parts named over the values: "LM158, LM158A" over "LM258, LM258A" over "LM358, LM358A".
    const parts = role === null && isPartLabel(own) && labels.every((l) => isPartLabel(l) || LIMIT_ROLES.includes(roleOfText(l) ?? 'other'));
    if (parts) role = labels.map(roleOfText).find((r) => r !== null && LIMIT_ROLES.includes(r)) ?? 'value';
    // Limits at temperatures: "-55  -40  85  125" under "LIMITS AT INDICATED TEMPERATURES (°C)".
    const temperature = role === null && TEMPERATURE.test(own);
    if (temperature) role = 'value';
    const limit = role !== null && LIMIT_ROLES.includes(role);
    const groupLabels = labels.slice(0, labels.length - (wrapped?.taken ?? 0)).filter((l) => roleOfText(l) === null && !/condition/i.test(l) && !isNumberish(l) === !isNumberish(l));
    const unit = HEADER_UNIT.exec(full)?.[1] ?? null;
    return {
      role: role ?? 'other',
      name: full,
      x0: leaf.x0,
      x1: leaf.x1,
      variant: limit ? (parts ? [...labels, own].filter(isPartLabel).map((l) => partText(l).replace(/,$/, '')).join(', ') : temperature ? own : groupLabels.join(' ').trim() || (role === 'value' && roleOfText(own) === null && !wrapped ? own : null)) : null,
      variable: role === 'condvar' && variable ? { ...variable, unit: variable.unit ?? HEADER_UNIT.exec(full)?.[1] ?? null } : undefined,
      unit,
    };
  });
  assignGroupLabels(columns, words.slice(0, band.indexOf(key)));
  // "Test" and "Condition" set apart in one header cell are one column.
  for (let i = columns.length - 1; i > 0; i--) {
    const [a, b] = [columns[i - 1], columns[i]];
    if (a.role === b.role && (a.role === 'conditions' || a.role === 'parameter') && b.x0 - a.x1 < 12) {
      columns.splice(i - 1, 2, { ...a, name: `${a.name} ${b.name}`, x1: b.x1 });
    }
  }
  // "Test" left of "Conditions", with no Parameter column: the tests are the parameters ("Input Capacitance (SDA)").
  const conditionColumns = columns.filter((c) => c.role === 'conditions');
  if (!columns.some((c) => c.role === 'parameter') && conditionColumns.length >= 2 && /^tests?$/i.test(conditionColumns[0].name.trim())) conditionColumns[0].role = 'parameter';
  // A lone "Min" or "Max" role read from a multi-word cell ("Max. Ratings") is fine; unnamed left columns are the parameter.
  if (!columns.some((c) => c.role === 'parameter')) {
    const first = columns.find((c) => c.role === 'other');
    if (first && first === columns[0]) first.role = 'parameter';
  }
  const all = band.flat();
  return {
    columns: withUnnamedValueColumns(withNominalColumns(columns)),
    top: Math.min(...all.map((f) => f.y - f.size)),
    bottom: Math.max(...all.map((f) => f.y)),
    x0: Math.min(...columns.map((c) => c.x0)),
    x1: Math.max(...columns.map((c) => c.x1)),
    pitch: size * 1.25,
  };
}

/**
 * A row below the key row that continues the header: header words, condition variables ("VCC (V)"),
 * units in parentheses, part names under part columns, or short labels, and no number; a lone phrase ("Off Characteristics") is a
 * section of the body, not header.
 */
function isHeaderRest(row: Fragment[], parts: boolean): boolean {
  // Part names continue a header of part columns; under a Min/Typ/Max header they head a section.
  const headerWord = (t: string) => roleOfText(t) !== null || conditionVariable(t) !== null || /^\(.{1,8}\)$/.test(t) || /^[A-Z]$/.test(t) || (parts && isPartLabel(t));
  if (row.length === 1 && !headerWord(row[0].text.trim())) return false;
  return row.every((f) => {
    const t = f.text.trim();
    if (headerWord(t)) return true;
    return t.length <= 16 && !/\d/.test(t);
  });
}

/** A table title or a sentence: not part of a header. */
export function isTitleLike(row: Fragment[]): boolean {
  const text = row.map((f) => f.text).join(' ');
  return TABLE_TITLE.test(text.trim()) || /unless otherwise|^\(?t[aj]\s?=|^note/i.test(text.trim());
}

/** The titles characteristics tables go by (after a bullet: "■ Absolute Maximum Ratings", or its Wingdings letter "n Absolute ..."). */
export const TABLE_TITLE =
  /^(?:[■□▪●•◆❑]\s*|[nlqu]\s+(?=[A-Z]))?(?:table\s+\d+[-.:]?\s*[-–:]?\s*)?(?:(?:absolute\s+)?maximum\s+ratings?|limiting\s+values|(?:recommended\s+)?operating\s+(?:conditions|ratings|range)|(?:(?:dc|ac|static|dynamic|switching|thermal|electrical|electro-optical|opto-?electronic|optical|timing|input|output|transfer|digital|analog|power|logic|read and write cycle)(?:\s+and\s+\w+)?\s+)*(?:electrical\s+)?(?:characteristics|specifications|data|information|requirements|limits|ratings)|specifications|electrical\s+specifications|thermal\s+(?:resistance|data|information|characteristics)|quick\s+reference\s+data|capacitance|(?:ac|dc)\s+test\s+conditions|esd\s+ratings?|esd\s+caution|timing\s+(?:characteristics|requirements|specifications)|switching\s+(?:characteristics|times))\b/i;

/**
 * Group labels over limit columns ("LM158 / LM258" over one Min Typ Max, "LM358" over the next; "A
 * grade", "B grade"; "25°C", "-40 to +85°C"): labels in the header rows above the key row, over the
 * limit columns; stacked labels at one place are one label; each limit column takes the nearest.
 */
function assignGroupLabels(columns: Column[], above: Fragment[][]): void {
  const limits = columns.filter((c) => c.role === 'min' || c.role === 'typ' || c.role === 'max');
  if (limits.length < 2) return;
  const lo = Math.min(...limits.map((c) => c.x0)) - 8;
  const hi = Math.max(...limits.map((c) => c.x1)) + 8;
  const isLabel = (f: Fragment) => {
    const mid = (f.x0 + f.x1) / 2;
    const t = f.text.trim();
    // An axis name over the groups ("Tamb (°C)", "LIMITS AT INDICATED TEMPERATURES") names no group.
    const axis = conditionVariable(t) !== null || /temperature|^limits?\b|\(°C\)|\(V\)/i.test(t);
    return mid >= lo && mid <= hi && roleOfText(t) === null && !/condition/i.test(t) && t.length <= 40 && !axis;
  };
  // Labels at one place (overlapping across) are one cluster; in a cluster, lines a line apart are one
  // label ("LM158" over "LM258"), and the label nearest the key row names the group.
  const fragments = above.flat().filter(isLabel).sort((a, b) => a.y - b.y);
  const clusters: Fragment[][] = [];
  for (const f of fragments) {
    const cluster = clusters.find((c) => c.some((g) => Math.min(g.x1, f.x1) - Math.max(g.x0, f.x0) > 0.5 * Math.min(g.x1 - g.x0, f.x1 - f.x0)));
    if (cluster) cluster.push(f);
    else clusters.push([f]);
  }
  const base = clusters.map((cluster) => {
    const stack = [cluster[cluster.length - 1]];
    for (let i = cluster.length - 2; i >= 0 && stack[0].y - cluster[i].y <= 1.35 * Math.max(stack[0].size, cluster[i].size); i--) stack.unshift(cluster[i]);
    return { text: stack.map((f) => f.text.trim()).join(' '), x0: Math.min(...stack.map((f) => f.x0)), x1: Math.max(...stack.map((f) => f.x1)) };
  });
  // A label that spans the other labels (a title over the groups) names no group.
  const groups = base.filter((l) => !base.some((m) => m !== l && m.x0 >= l.x0 - 2 && m.x1 <= l.x1 + 2));
  if (!groups.length) return;
  for (const c of limits) {
    const mid = (c.x0 + c.x1) / 2;
    const nearest = groups.reduce((a, b) => (Math.abs((b.x0 + b.x1) / 2 - mid) < Math.abs((a.x0 + a.x1) / 2 - mid) ? b : a));
    if (groups.length === 1 || Math.abs((nearest.x0 + nearest.x1) / 2 - mid) < (0.75 * (hi - lo)) / groups.length + 10) c.variant = nearest.text;
  }
}
