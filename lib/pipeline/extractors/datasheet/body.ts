// A characteristics table's body read into rows, the way an engineer reads it: every line with
// limits is a row; the parameter name, symbol and unit may stand on that line, wrap over the lines
// around it, or sit centred over several rows (a merged cell); blocks of lines are told apart by the
// extra space between them, and in tables without that space by each named row. Conditions belong
// to their line, wrap onto the lines next to it, head the lines below it, or fill a merged cell
// shared by the rows beside it. Sub-headings ("DYNAMIC PERFORMANCE", "Tamb = -40 to +85 °C") are
// sections. One row comes out per line and per column group (grade, part, temperature range).
import type { Box, Rule } from '../../layout/types';
import type { BBox, ElectricalCharacteristic } from '../../types';
import { placeFragments, type Placed } from './columns';
import type { Fragment } from './fragments';
import { LIMIT_ROLES, type Column, type Header, type Role } from './header';
import { withDrawnGlyph } from './drawn-units';
import { normalizeUnit, place, readCell, splitTail, splitUnit, stripNoteMarks, type Limits } from './limits';
import { widenToRules } from './ruled-columns';
import { symbolAndCondition, tidySymbol } from './symbol';

export type TableInfo = { title: string; tableConditions: string | null; page: number };

type Line = { y: number; size: number; x0: number; x1: number; cells: Map<number, Placed[]>; value: boolean; heading: boolean };

const text = (fs: Placed[] | undefined) => (fs ?? []).map((f) => f.text).join(' ').replace(/\s+/g, ' ').trim();
const median = (xs: number[]) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] : 0);

/** A limit written with its symbol: "θJA = 75°C/W". */
const SYMBOL_FIRST = /^([A-Za-zθΘψΨ][A-Za-z0-9()θ]{0,8})\s*=\s*(?=[-+±–−]?\d)/;
/** A limit without the words after it that are its conditions ("240 for 5 sec") and the symbol before it. */
const withoutTail = (raw: string) => splitTail(raw).value.replace(SYMBOL_FIRST, '');

/** A line of conditions under a name, over the rows it holds for: "at Tcase ≤ 25 °C". */
const CONDITION_HEAD = /^(?:at|with|@)\s/i;

/** A limit printed in words or as a bound: kept as printed, with no number. */
const WORD_LIMIT = /^(?:[<>≤≥]\s?\d[\d.,⁰¹²³⁴⁵⁶⁷⁸⁹⁻]*|unlimited|internally limited|indefinite|continuous|infinite)$/i;

/**
 * Word starts that keep their hyphen when a line wraps after them ("high-" over "level", "low-" over
 * "power"), and the terminals compound names are made of ("collector-" over "emitter", "drain-" over "source").
 */
const HYPHENATED_PREFIX =
  /^(?:high|low|non|self|short|open|full|half|zero|peak|off|on|cross|sub|over|under|dual|single|multi|pre|post|anti|co|re|bi|tri|quad|top|ultra|ac|dc|collector|emitter|base|drain|source|gate|anode|cathode|input|output|common|differential|junction|case|ambient|channel|state|signal|supply|ground)$/i;

const HEADING_WORDS = /characteristics|specifications|performance|accuracy|conditions|inputs?\b|outputs?\b|supply|switching|timing|dynamic|static|thermal|power|logic|reference|analog|digital|interface|ratings|on characteristics|off characteristics|small[- ]signal/i;
const PART_LIKE = /^(?=[A-Z0-9/-]*\d)(?=[A-Z0-9/-]*[A-Z])[A-Z0-9][A-Z0-9/-]{3,}(?:[,;]\s*[A-Z0-9/-]+)*$/;
const NAME_THEN_PART = /^(.*\S)\s*[:;]\s*([A-Z0-9][A-Z0-9/-]{3,}(?:,\s*[A-Z0-9/-]+)*)$/;

/** A name cell's text, and the part it names where it names one ("Collector-Base Voltage : BC546", ": BC547/550", "2N2222A"). */
function nameAndPart(text: string): { name: string; part: string | null } {
  const t = text.replace(/^[:;]\s*/, '').trim();
  if (PART_LIKE.test(t) && /\d/.test(t)) return { name: '', part: t };
  // "for 2N2905" on a row of values: the part the row is for.
  const forPart = /^for\s+(\S+)$/i.exec(t);
  if (forPart && PART_LIKE.test(forPart[1])) return { name: '', part: forPart[1] };
  const m = NAME_THEN_PART.exec(t);
  if (m && /\d/.test(m[2]) && /[A-Z]/.test(m[2])) return { name: m[1], part: m[2] };
  return { name: t, part: null };
}

/** A number or a range of numbers with no unit: "900", "0.05 - 1", "0.1 to 6". */
const BARE_QUANTITY = /^[-+±]?\d[\d.,]*(?:\s*(?:-|–|to|~)\s*[-+]?\d[\d.,]*)?$/;

/** A bullet alone in a cell (Linear's "●": the limit holds over the full temperature range): a mark, no value or name. */
const LONE_BULLET = /^[●•◆■▪]$/;

export function readBody(header: Header, bodyFragments: Fragment[], info: TableInfo, rules: Rule[] = [], marks: Box[] = []): ElectricalCharacteristic[] {
  const allFragments = bodyFragments.filter((f) => !LONE_BULLET.test(f.text.trim()));
  // Group labels set left of the names ("Input", "Output" beside their rows): the rows' sections.
  const sideLabels = sideLabelsOf(header.columns, allFragments, rules);
  // A row's section: its side label, or a heading inside the label's cell (the nearer of the two).
  const sectionOf = (y: number, heading: string | null) => {
    const side = sideLabels.find((l) => y >= l.y0 && y <= l.y1);
    if (!side || (heading !== null && (sectionYs.get(heading) ?? -Infinity) >= side.y0)) return heading;
    return side.text;
  };
  const fragments = sideLabels.length ? allFragments.filter((f) => !sideLabels.some((l) => l.fragments.includes(f))) : allFragments;
  const columns = widenToRules(withUnlabelledSymbols(header.columns, fragments), header, rules);
  // Qualifiers set right-aligned in the name cells ("Each Channel"): a conditions column of their own.
  const qualifiers = rightAlignedQualifiers(columns, fragments);
  const placedColumns = columns.length;
  if (qualifiers.size) columns.push({ role: 'conditions', name: '', x0: Math.min(...[...qualifiers].map((f) => f.x0)), x1: Math.max(...[...qualifiers].map((f) => f.x1)), variant: null });
  const cols = (role: Role) => columns.map((c, i) => (c.role === role ? i : -1)).filter((i) => i >= 0);
  const limitCols = columns.map((c, i) => (LIMIT_ROLES.includes(c.role) ? i : -1)).filter((i) => i >= 0);
  if (limitCols.length === 0) return [];
  const paramCols = cols('parameter');
  const symbolCols = cols('symbol');
  const condCols = cols('conditions');
  const varCols = cols('condvar');
  const unitCols = cols('unit');
  // A column naming the part each row is for ("Device", "Part number"): the rows' variant.
  const deviceCols = columns.map((c, i) => (c.role === 'other' && /^(?:device|part(?:\s*(?:no\.?|number))?|type|model)s?$/i.test(c.name.trim()) ? i : -1)).filter((i) => i >= 0);

  // ---- lines ----
  const placed = placeFragments(columns.slice(0, placedColumns), fragments).map((f) =>
    [...qualifiers].some((q) => q.x0 === f.x0 && q.y === f.y && q.text === f.text) ? { ...f, column: placedColumns } : f,
  );
  const lines: Line[] = [];
  for (const f of placed) {
    const last = lines[lines.length - 1];
    const line = last && Math.abs(last.y - f.y) <= 0.35 * Math.max(last.size, f.size) ? last : null;
    if (line) {
      (line.cells.get(f.column) ?? line.cells.set(f.column, []).get(f.column)!).push(f);
      line.x0 = Math.min(line.x0, f.x0);
      line.x1 = Math.max(line.x1, f.x1);
    } else lines.push({ y: f.y, size: f.size, x0: f.x0, x1: f.x1, cells: new Map([[f.column, [f]]]), value: false, heading: false });
  }
  const textIn = (line: Line, idx: number[]) => idx.map((i) => text(line.cells.get(i))).filter(Boolean).join(' ');
  // A row's conditions: those of columns of their own ("Test Conditions" and "Temp") apart, a dash for
  // none, and a bare number or range in the unit its head gives ("Frequency (GHz)" over "0.05 - 1").
  const conditionsIn = (line: Line, idx: number[]) =>
    idx
      .map((i) => text(line.cells.get(i)))
      .map((t, k) => (columns[idx[k]].unit && BARE_QUANTITY.test(t) ? `${t} ${columns[idx[k]].unit}` : t))
      .filter((t) => t && !/^[-–—]$/.test(t))
      .join(', ');
  // A line of limits: a number, a range or ±x under a limit column; or an expression ("VCC–1.5") on a
  // line that also names, symbolises, conditions or units its row.
  const isValueLine = (line: Line, k: number) => {
    const limits = limitCols.map((i) => readCell(stripNoteMarks(splitUnit(withoutTail(text(line.cells.get(i)))).value).text));
    if (limits.some((c) => c !== null && c.kind !== 'dash' && c.kind !== 'expr')) return true;
    if (limits.some((c) => c?.kind === 'expr') && [unitCols, paramCols, symbolCols, condCols, varCols].some((idx) => textIn(line, idx) !== '')) return true;
    // A limit in words or a bound ("Unlimited", "Internally limited", "<50") on a named line.
    // (The name may be wrapped around it: a name line just above.)
    if (!limitCols.some((i) => WORD_LIMIT.test(text(line.cells.get(i))))) return false;
    // (Or with a symbol of its own: a second row of a name, "RIO  > 10¹¹" under "Isolation resistance  RIO  > 10¹²".)
    return textIn(line, paramCols) !== '' || textIn(line, symbolCols) !== '' || (k > 0 && textIn(lines[k - 1], paramCols) !== '' && line.y - lines[k - 1].y < header.pitch);
  };
  lines.forEach((line, k) => (line.value = isValueLine(line, k)));
  // Limits wrapped over the lines around their row's name ("1.216 x" above "Power-Fail Voltage", "VBAT"
  // under it), no limit on their own: joined onto the name's line when together they read as limits.
  const pieceOf = (l: Line | undefined, host: Line) => !!l && !l.value && [...l.cells.keys()].every((i) => limitCols.includes(i)) && Math.abs(l.y - host.y) < 0.75 * header.pitch;
  let joined = false;
  for (let k = 0; k < lines.length; k++) {
    const host = lines[k];
    if (host.value || !textIn(host, paramCols) || limitCols.some((i) => host.cells.has(i))) continue;
    const pieces = [lines[k - 1], lines[k + 1]].filter((l): l is Line => pieceOf(l, host));
    if (!pieces.length) continue;
    const cells = new Map<number, Placed[]>();
    for (const l of pieces) for (const [i, fs] of l.cells) cells.set(i, [...(cells.get(i) ?? []), ...fs].sort((a, b) => a.y - b.y || a.x0 - b.x0));
    if (![...cells.values()].every((fs) => { const c = readCell(text(fs)); return c !== null && c.kind !== 'dash'; })) continue;
    for (const [i, fs] of cells) host.cells.set(i, fs);
    for (const l of pieces) lines.splice(lines.indexOf(l), 1);
    joined = true;
    k = lines.indexOf(host);
  }
  if (joined) lines.forEach((line, k) => (line.value = isValueLine(line, k)));
  const paramX = median(lines.flatMap((l) => paramCols.flatMap((i) => (l.cells.get(i) ?? []).map((f) => f.x0))));
  for (const [k, line] of lines.entries()) {
    if (line.value) continue;
    // A heading may carry a comment for its section in the conditions column ("IOUT CHARACTERISTICS   RL = 500 Ω").
    const others = [...line.cells.keys()].filter((i) => !paramCols.includes(i) && !condCols.includes(i));
    const t = textIn(line, paramCols) || textIn(line, [...line.cells.keys()]);
    const onlyFirst = others.length === 0 || (line.cells.size === 1 && [...line.cells.values()][0].length === 1 && line.x0 <= (columns[0]?.x1 ?? 0));
    if (!onlyFirst || !t || /^\(?note/i.test(t)) continue;
    // A parenthesis right under a name goes on with it ("Breakdown Voltage" over "(IE = 0)").
    const above = lines[k - 1];
    if (/^\(/.test(t) && above && textIn(above, paramCols) && line.y - above.y <= 1.6 * header.pitch) continue;
    const letters = t.replace(/[^\p{L}]/gu, '');
    const caps = letters.length >= 3 && letters.replace(/[^\p{Lu}]/gu, '').length >= 0.8 * letters.length;
    const next = lines.slice(k + 1).find((l) => textIn(l, paramCols));
    const nextX = next ? Math.min(...paramCols.flatMap((i) => (next.cells.get(i) ?? []).map((f) => f.x0))) : paramX;
    // A heading starts where the names start (or left of them): a line of conditions only is no heading.
    if (line.x0 > paramX + 12) continue;
    const outdented = line.x0 < nextX - 3;
    const wide = line.x1 > (columns[Math.max(0, ...paramCols) + 1]?.x0 ?? Infinity) + 5;
    // (Six capitals or more are a word, "EMITTER", "DETECTOR", not a symbol, "VCEO", "BVCEO".)
    const symbolLike = /^[A-Z]{1,3}[A-Za-z()]{0,8}$/.test(t) && t.length <= 8 && !/^[A-Z]{6,}$/.test(t);
    // (A name ending with a colon over indented rows of values heads them as their parameter: "Thermal Impedance:" over "SOIC Package   θJA = 75°C/W".)
    const headsIndented = /[:]$/.test(t) && next === lines[k + 1] && !!next?.value && nextX > line.x0 + 3;
    line.heading = !symbolLike && !headsIndented && (caps || /[:]$/.test(t) || (/^\(?[A-Za-z][A-Za-z0-9_()]{0,8}\s*[=<>≤≥]/.test(t) && line.x0 <= paramX + 2) || wide || (outdented && HEADING_WORDS.test(t)));
  }

  // ---- drawn rules: the cells of a ruled table, column by column ----
  const gaps = lines.slice(1).map((l, i) => l.y - lines[i].y).filter((g) => g > 0);
  const pitch = median(gaps) || header.pitch;
  const top = header.bottom;
  const bottom = lines.length ? lines[lines.length - 1].y + 0.5 * pitch : top;
  const horizontal = rules.filter((r) => r.y0 === r.y1 && r.y0 > top - 0.5 && r.y0 < bottom);
  /** The rules that cross a column (at a point just inside its text's left edge), top to bottom. */
  const boundsOf = (idx: number[]): number[] | null => {
    const xs = idx.flatMap((i) => lines.flatMap((l) => (l.cells.get(i) ?? []).map((f) => f.x0)));
    if (!xs.length) return null;
    const x = Math.min(...xs) + 3;
    const ys = [...new Set(horizontal.filter((r) => r.x0 - 2 <= x && r.x1 + 2 >= x).map((r) => Math.round(r.y0)))].sort((a, b) => a - b);
    return ys.length >= 2 ? ys : null;
  };
  const band = (y: number, bounds: number[]) => bounds.filter((b) => b < y - 1).length;
  // In a table ruled across its limits, a row's cells may hold several lines ("0 to" over "VCC–1.5",
  // "25°C" between them): the limit and condition-variable texts of a ruled row go to its first line of limits.
  const limitBounds = boundsOf(limitCols);
  if (limitBounds && limitBounds.length >= 3) {
    const moved = [...limitCols, ...varCols];
    const bands = new Map<number, Line[]>();
    for (const line of lines) bands.set(band(line.y, limitBounds), [...(bands.get(band(line.y, limitBounds)) ?? []), line]);
    for (const members of bands.values()) {
      // Lines complete on their own stay rows; the pieces (a lone "0 to", a "25°C") join the nearest of them.
      const complete = members.filter((l) => l.value);
      const carriers = complete.length ? complete : members.filter((l) => limitCols.some((i) => l.cells.has(i))).slice(0, 1);
      if (!carriers.length) continue;
      for (const other of members) {
        if (carriers.includes(other)) continue;
        const carrier = carriers.reduce((a, b) => (Math.abs(b.y - other.y) < Math.abs(a.y - other.y) ? b : a));
        for (const i of moved) {
          const fs = other.cells.get(i);
          if (!fs) continue;
          carrier.cells.set(i, [...(carrier.cells.get(i) ?? []), ...fs].sort((a, b) => a.y - b.y || a.x0 - b.x0));
          other.cells.delete(i);
        }
      }
    }
    for (let k = lines.length - 1; k >= 0; k--) if (lines[k].cells.size === 0) lines.splice(k, 1);
    lines.forEach((line, k) => (line.value = isValueLine(line, k)));
  }
  // ---- merged cells across two rows: a limit (and unit) set centred between two rows is each row's ----
  // (So are conditions centred between two rows of values: "VCE = 2V, IC = 2mA" beside "Rise time" and "Fall time".)
  const spanning = new Set([...limitCols, ...unitCols]);
  const movable = new Set([...spanning, ...condCols]);
  for (let k = 1; k < lines.length - 1; k++) {
    const [above, line, below] = [lines[k - 1], lines[k], lines[k + 1]];
    // (The name and symbol, centred in their own merged cells, may share the line: they stay on it.)
    const carried = [...line.cells.keys()].filter((i) => movable.has(i));
    if (!carried.length || [...line.cells.keys()].some((i) => !movable.has(i) && !paramCols.includes(i) && !symbolCols.includes(i))) continue;
    if (!line.value && !(above.value && below.value && carried.every((i) => condCols.includes(i)))) continue;
    const up = line.y - above.y;
    const down = below.y - line.y;
    // Centred: as far from the row above as from the row below, the two rows a line apart.
    if (Math.abs(up - down) > 0.3 * line.size || up + down > 2.2 * Math.max(line.size, above.size) * 1.25) continue;
    // The rows are rows of their own (a device, a condition, a name), and have nothing in these columns.
    const own = (l: Line) => [...l.cells.keys()].some((i) => !spanning.has(i) && !paramCols.includes(i));
    if (!own(above) || !own(below) || carried.some((i) => above.cells.has(i) || below.cells.has(i))) continue;
    // And a rule between them, under a text of their own: two ruled rows, not one cell's lines wrapped.
    const ownTexts = [...below.cells.entries()].filter(([i]) => !movable.has(i) && !paramCols.includes(i)).flatMap(([, fs]) => fs);
    const ruled = rules.some((r) => r.y0 === r.y1 && r.y0 > above.y && r.y0 < below.y - 0.5 * below.size && ownTexts.some((f) => r.x0 <= f.x0 + 1 && r.x1 >= f.x1 - 1));
    if (!ruled) continue;
    for (const target of [above, below]) for (const i of carried) target.cells.set(i, line.cells.get(i)!.map((f) => ({ ...f, y: target.y })));
    for (const i of carried) line.cells.delete(i);
    if (line.cells.size === 0) {
      lines.splice(k, 1);
      k--;
    }
  }
  lines.forEach((line, k) => (line.value = isValueLine(line, k)));
  const paramBounds = boundsOf(paramCols.length ? paramCols : [0]);
  // In a ruled name column a heading is a row of its own: words in a cell beside values are part of
  // that cell's name ("Common-mode" over the values, "rejection ratio" under them).
  // (A cell with several named rows of values is a section under its heading.)
  if (paramBounds) {
    const valueBands = new Map<number, number>();
    for (const l of lines) if (l.value) valueBands.set(band(l.y, paramBounds), (valueBands.get(band(l.y, paramBounds)) ?? 0) + (textIn(l, paramCols) ? 1 : 0));
    const capitals = (t: string) => t.replace(/[^\p{L}]/gu, '').length >= 3 && t.replace(/[^\p{L}]/gu, '') === t.replace(/[^\p{Lu}]/gu, '');
    // (Nor, whatever its letters, is a line under the cell's first values: "CD4049UB" under "Input Low Voltage, VIL (Max)".)
    const valueTops = new Map<number, number>();
    for (const l of lines) if (l.value && !valueTops.has(band(l.y, paramBounds))) valueTops.set(band(l.y, paramBounds), l.y);
    for (const line of lines) {
      if (!line.heading || (valueBands.get(band(line.y, paramBounds)) ?? 2) > 1) continue;
      const under = line.y > (valueTops.get(band(line.y, paramBounds)) ?? Infinity);
      if (under || !(capitals(textIn(line, paramCols)) && !/^\(/.test(textIn(line, paramCols)))) line.heading = false;
    }
  }

  // ---- blocks: split at ruled cell borders (or extra space) and at headings ----
  type Block = { lines: Line[]; section: string | null };
  const sectionYs = new Map<string, number>();
  const blocks: Block[] = [];
  let section: string | null = null;
  let current: Block | null = null;
  lines.forEach((line, k) => {
    if (line.heading) {
      // The heading's words, without a note digit glued to them ("Accuracy2") and without its comment.
      const words = textIn(line, paramCols) || textIn(line, [...line.cells.keys()].sort((a, b) => a - b));
      section = words.replace(/(\p{Ll})\d{1,2}$/u, '$1');
      sectionYs.set(section, line.y);
      // A heading centred between two indented rows (a name cell merged over "Rise time" and "Fall time") heads the row above it too.
      const [prev, next] = [lines[k - 1], lines[k + 1]];
      const nameX = (l: Line) => Math.min(...paramCols.flatMap((i) => (l.cells.get(i) ?? []).map((f) => f.x0)));
      if (current && prev?.value && next?.value && current.lines[current.lines.length - 1] === prev && nameX(prev) > line.x0 + 3 && nameX(next) > line.x0 + 3) {
        const [up, down] = [line.y - prev.y, next.y - line.y];
        if (up < pitch && down < pitch && Math.abs(up - down) < 0.3 * line.size) {
          current.lines.pop();
          // (A block left with no lines is no block: the groups read from it would have no first line.)
          if (!current.lines.length) blocks.splice(blocks.indexOf(current), 1);
          blocks.push({ lines: [prev], section });
        }
      }
      current = null;
      return;
    }
    const previous = lines[k - 1];
    const split = paramBounds
      ? !!previous && band(line.y, paramBounds) !== band(previous.y, paramBounds)
      : k > 0 && line.y - previous.y >= 1.22 * pitch;
    if (!current || split) {
      current = { lines: [], section };
      blocks.push(current);
    }
    current.lines.push(line);
  });

  // ---- groups: one parameter each ----
  type Group = { lines: Line[]; section: string | null; prefix: string | null };
  const groups: Group[] = [];
  // A name wrapped over two rows of values ("High-level input" / "voltage"): the second row's text
  // continues the first name when it starts in lower case where names start in capitals, or when it
  // comes without the symbol the first row had.
  // Whether names start in capitals: judged on the first name of each block.
  const starts = blocks.map((b) => b.lines.map((l) => textIn(l, paramCols)).find(Boolean)).filter((t): t is string => !!t);
  const capitalised = starts.filter((t) => /^\p{Lu}/u.test(t)).length > 0.6 * starts.length;
  // Where named rows carry their symbol, a name line without one right under a line with one continues it.
  const namedLines = lines.filter((l) => l.value && nameAndPart(textIn(l, paramCols)).name);
  const symbolled = symbolCols.length > 0 && namedLines.filter((l) => textIn(l, symbolCols)).length >= 0.7 * namedLines.length;
  const continues = (line: Line, k: number) => {
    const t = textIn(line, paramCols);
    // The name line above: a line with only a symbol in the name's columns may stand between (a symbol centred in a merged cell).
    let previous: Line | undefined = lines[k - 1];
    const overSymbol = !!previous && !textIn(previous, paramCols) && !!textIn(previous, symbolCols) && k >= 2 && !!textIn(lines[k - 2], paramCols);
    if (overSymbol) previous = lines[k - 2];
    if (previous && paramBounds && band(previous.y, paramBounds) !== band(line.y, paramBounds)) return false;
    if (!t || !previous || !textIn(previous, paramCols) || /[.)]$/.test(textIn(previous, paramCols))) return false;
    if (line.y - previous.y > (overSymbol ? 2 : 1) * 1.6 * pitch || PART_LIKE.test(t.replace(/^[:;]\s*/, ''))) return false;
    const lower = /^\p{Ll}/u.test(t);
    if (lower && capitalised) return true;
    // A parenthesis names no parameter of its own: "(Note 6)", "(two amplifiers)", "(ΔVDD/ΔVIO)" under a name.
    if (/^\(/.test(t)) return true;
    return (lower || symbolled) && !!symbolCols.length && !textIn(line, symbolCols) && !!textIn(previous, symbolCols);
  };
  const continuation = new Set(lines.filter((l, k) => continues(l, k)));
  for (const block of blocks) {
    // Rows that start a parameter: a name with values or with its own symbol.
    const named = block.lines.filter((l) => (l.value || (symbolCols.length > 0 && !!textIn(l, symbolCols))) && nameAndPart(textIn(l, paramCols)).name && !continuation.has(l));
    // A ruled name cell with one symbol in it is one parameter, its name wrapped over the rows beside it ("Input Offset" / "Voltage").
    // (Rows in other units are other quantities: "Total Device Dissipation" mW and "Derate above 25°C" mW/°C under one "PD".)
    const oneSymbol =
      !!paramBounds &&
      symbolCols.length > 0 &&
      block.lines.filter((l) => textIn(l, symbolCols)).length === 1 &&
      !block.lines.some((l) => nameAndPart(textIn(l, paramCols)).part) &&
      new Set(block.lines.map((l) => textIn(l, unitCols)).filter(Boolean)).size <= 1;
    if (oneSymbol || (named.length < 2 && !(named.length === 1 && block.lines.filter((l) => l.value).length > 1 && block.lines.indexOf(named[0]) === 0))) {
      groups.push({ lines: block.lines, section: block.section, prefix: null });
      continue;
    }
    // Top-aligned names: each named row starts a group; lines of names only go with the nearest named row,
    // and a name line over indented named rows heads them ("Latch Enable" over "Pulse Width", "Setup Time").
    let group: Group | null = null;
    let prefix: { text: string; x0: number } | null = null;
    const starts = new Set(named);
    for (const [k, line] of block.lines.entries()) {
      const lineParamX = Math.min(...paramCols.flatMap((i) => (line.cells.get(i) ?? []).map((f) => f.x0)), Infinity);
      if (!line.value && textIn(line, paramCols) && [...line.cells.keys()].every((i) => paramCols.includes(i))) {
        const nextNamed = block.lines.slice(k + 1).find((l) => starts.has(l));
        const nextX = nextNamed ? Math.min(...paramCols.flatMap((i) => (nextNamed.cells.get(i) ?? []).map((f) => f.x0))) : Infinity;
        if (nextNamed && nextX > lineParamX + 3) {
          prefix = { text: textIn(line, paramCols), x0: lineParamX };
          continue;
        }
        const prevNamed = [...block.lines.slice(0, k)].reverse().find((l) => starts.has(l));
        if (nextNamed && (!prevNamed || nextNamed.y - line.y < line.y - prevNamed.y - 0.1 * pitch)) {
          group = { lines: [line], section: block.section, prefix: null };
          groups.push(group);
          // The name's own values may come first, on a line that continues it ("Differential Propagation
          // Delay" over "(Rising ... vs." with values): then the next named row starts its own parameter.
          const own = block.lines.slice(k + 1, block.lines.indexOf(nextNamed)).some((l) => l.value);
          if (!own) starts.delete(nextNamed);
          continue;
        }
      }
      if (starts.has(line) || !group) {
        if (prefix && lineParamX <= prefix.x0 + 1) prefix = null;
        group = { lines: [], section: block.section, prefix: prefix && lineParamX > prefix.x0 + 3 ? prefix.text : null };
        groups.push(group);
      }
      group.lines.push(line);
      starts.delete(line);
    }
  }

  // A group that is only a line of conditions, indented under the name of the group before, over rows
  // with no names of their own ("at Tcase ≤ 25 °C" over "for 2N2905  3"), goes on with that parameter.
  const nameX0 = (l: Line) => Math.min(...paramCols.flatMap((i) => (l.cells.get(i) ?? []).map((f) => f.x0)), Infinity);
  for (let g = groups.length - 1; g > 0; g--) {
    const [before, group] = [groups[g - 1], groups[g]];
    const head = group.lines[0];
    const named = before.lines.find((l) => textIn(l, paramCols));
    if (head.value || !named || !CONDITION_HEAD.test(textIn(head, paramCols)) || nameX0(head) <= nameX0(named) + 3 || textIn(head, symbolCols)) continue;
    if (group.lines.slice(1).some((l) => nameAndPart(textIn(l, paramCols)).name || textIn(l, symbolCols))) continue;
    before.lines.push(...group.lines);
    groups.splice(g, 1);
  }

  // ---- rows ----
  const condBounds = condCols.length ? boundsOf(condCols) : null;
  const unitBounds = unitCols.length ? boundsOf(unitCols) : null;
  const merged = condBounds && limitBounds ? mergedConditions(lines, condCols, conditionsIn, pitch, (y) => band(y, condBounds), (y) => band(y, limitBounds)) : new Map<Line, string>();
  const out: ElectricalCharacteristic[] = [];
  const variants = [...new Set(limitCols.map((i) => columns[i].variant))];
  let lastName: string | null = null;
  let lastSymbol: string | null = null;
  for (const group of groups) {
    const valueLines = group.lines.filter((l) => l.value);
    if (valueLines.length === 0) continue;
    // The name: every name line of the group, but a part number on a row of values is that row's variant.
    // Parts name the rows they stand on ("BC546" / "BC547" / "BC548"); a lone part under a name ("Input Low Voltage, VIL (Max)" over "CD4049UB") is part of the name.
    const partsAreVariants = new Set(group.lines.map((l) => nameAndPart(textIn(l, paramCols)).part).filter(Boolean)).size !== 1;
    // Lines of conditions set under the name, indented, over the rows they hold for ("at Tcase ≤ 25 °C"
    // over "for 2N2905  3", "for 2N2907  1.8"); the name's own trailing "at ..." is the first of them.
    const nameX = (l: Line) => Math.min(...paramCols.flatMap((i) => (l.cells.get(i) ?? []).map((f) => f.x0)), Infinity);
    const firstName = group.lines.find((l) => textIn(l, paramCols));
    const condHeads = group.lines.filter((l) => l !== firstName && !l.value && firstName && nameX(l) > nameX(firstName) + 3 && CONDITION_HEAD.test(textIn(l, paramCols)));
    const headWord = condHeads.length ? textIn(condHeads[0], paramCols).split(' ')[0].toLowerCase() : null;
    const ownHead = headWord && firstName ? new RegExp(`\\s(${headWord}\\s.*)$`, 'i').exec(textIn(firstName, paramCols))?.[1] ?? null : null;
    const headOf = (line: Line): string | null => {
      const head = [...condHeads].reverse().find((h) => h.y < line.y);
      return head ? textIn(head, paramCols) : ownHead;
    };
    let name = group.lines
      .filter((l) => !condHeads.includes(l))
      .map((l) => (partsAreVariants || l.value ? nameAndPart(textIn(l, paramCols)).name : textIn(l, paramCols).replace(/^[:;]\s*/, '')))
      .filter(Boolean)
      // A word hyphenated where its line wrapped ("immu-" over "nity"): one word ("high-" over "level" keeps its hyphen).
      .reduce((joined, next) => {
        const cut = /(\p{L}*\p{Ll})-$/u.exec(joined);
        if (!cut || !/^\p{Ll}{2}/u.test(next)) return joined ? `${joined} ${next}` : next;
        return HYPHENATED_PREFIX.test(cut[1]) ? `${joined}${next}` : `${joined.slice(0, -1)}${next}`;
      }, '')
      .replace(/\s+/g, ' ')
      .trim();
    // A heading in capitals on the first line of a name cell, over the name in mixed case ("EMITTER" over
    // "Input Forward Voltage", values beside both): the rows' section, not part of the name.
    const nameLines = group.lines.filter((l) => !condHeads.includes(l)).map((l) => textIn(l, paramCols)).filter(Boolean);
    let leadSection: string | null = null;
    if (nameLines.length >= 2 && /^[\p{Lu}][\p{Lu}\s&/-]{4,}$/u.test(nameLines[0]) && name.startsWith(nameLines[0]) && /\p{Ll}{3}/u.test(nameLines.slice(1).join(' '))) {
      leadSection = nameLines[0];
      name = name.slice(nameLines[0].length).trim();
    }
    // A prefix ending with a colon is the parameter its indented rows are variants of.
    if (ownHead) name = name.replace(` ${ownHead}`, '').trim();
    const listHead = group.prefix && /:\s*$/.test(group.prefix) ? group.prefix.replace(/\s*:\s*$/, '') : null;
    if (group.prefix && !listHead) name = `${group.prefix} ${name}`.trim();
    // "Output Low (Sink) Current IOL (Min)", "Input High Voltage, VIH Min" (over a part name): its lone limits are minimums.
    const minimumName = [name, ...group.lines.map((l) => textIn(l, paramCols))].some((t) => /\(min\.?\)|\bmin\.?\s*$/i.test(t));
    // ("ID @ TC = 25°C": a symbol with its condition in its cell.)
    const symbolCells = valueLines.map((l) => symbolAndCondition(textIn(l, symbolCols) || null));
    const ownSymbols = symbolCells.map((c) => tidySymbol(c.symbol));
    const groupSymbol = tidySymbol(group.lines.map((l) => textIn(l, symbolCols)).filter(Boolean).join('') || null);
    if (!name && !groupSymbol && lastName) {
      name = lastName;
    }
    const symbolDefault: string | null = groupSymbol ?? (name === lastName ? lastSymbol : null);
    const conditions = condBounds
      ? ruledConditions(group.lines, valueLines, condCols, conditionsIn, pitch, (y) => band(y, condBounds))
      : conditionsOf(group.lines, valueLines, condCols, conditionsIn, pitch);
    const groupUnit = group.lines.map((l) => textIn(l, unitCols)).find(Boolean) ?? null;
    // A part named in the name cell on a row of values holds for the rows of values under it in that
    // cell, up to the next part ("2N2222" beside "VCB = 50 V", then "VCB = 50 V; Tamb = 150 °C" with no
    // part of its own). (A Device column has cells of its own: a row without a part there is not the row above's.)
    let partAbove: string | null = null;
    valueLines.forEach((line, r) => {
      const namedPart = nameAndPart(textIn(line, paramCols)).part;
      if (namedPart) partAbove = namedPart;
      const rowVariant = textIn(line, deviceCols) || namedPart || (deviceCols.length ? null : partAbove);
      const vars = varCols.map((i) => (text(line.cells.get(i)) && !/^[-–—]$/.test(text(line.cells.get(i))) ? `${columns[i].variable?.name ?? columns[i].name} = ${text(line.cells.get(i))}${columns[i].variable?.unit && !/[a-zA-Z°]$/.test(text(line.cells.get(i))) ? ` ${columns[i].variable!.unit}` : ''}` : null)).filter(Boolean);
      // Words after a limit are its conditions: "240 for 5 sec", "260 at 1.6 mm".
      const tails = limitCols.map((i) => splitTail(text(line.cells.get(i))).tail);
      const cellSymbol = limitCols.map((i) => SYMBOL_FIRST.exec(text(line.cells.get(i)))?.[1]).find(Boolean) ?? null;
      const cond = [symbolCells[r].condition, condHeads.length ? headOf(line) : null, merged.get(line) ?? conditions[r], ...vars, ...new Set(tails)].filter(Boolean).join(', ') || null;
      // A unit in a merged cell of a ruled unit column holds for the rows of its cell ("mA" over the operating rows, "µA" over the power-down rows).
      const cellUnit = unitBounds ? group.lines.find((l) => textIn(l, unitCols) && band(l.y, unitBounds) === band(line.y, unitBounds)) : undefined;
      // A unit wrapped around its row's line ("%/" over the values, "1000HR" under them) is read whole.
      // (A unit breaks at its slash: two whole units beside a line are two rows' units.)
      const wrapped = group.lines.filter((l) => !l.value && textIn(l, unitCols) && Math.abs(l.y - line.y) < 0.75 * pitch).map((l) => textIn(l, unitCols));
      const broken = wrapped.length === 2 && (/\/$/.test(wrapped[0]) || /^\//.test(wrapped[1]));
      const unitText = textIn(line, unitCols) || (broken ? wrapped.join('') : null) || (cellUnit ? textIn(cellUnit, unitCols) : groupUnit);
      for (const variant of variants) {
        const limits: Limits = { min: null, typ: null, max: null };
        const printed: ElectricalCharacteristic['printed'] = {};
        const footnotes: string[] = [];
        let unit = normalizeUnit(unitText);
        let any = false;
        for (const i of limitCols) {
          if (columns[i].variant !== variant) continue;
          const raw = withoutTail(text(line.cells.get(i)));
          if (!raw) continue;
          // "300 ns min", "2000 min.": a value column's limit that says which it is.
          const word = /\s*\(?\b(min|max)\.?\)?$/i.exec(raw);
          const marks = stripNoteMarks(word ? raw.slice(0, word.index) : raw);
          footnotes.push(...marks.notes);
          const split = splitUnit(marks.text);
          if (split.unit && !unit) unit = normalizeUnit(split.unit);
          // A lone limit of a "(Min)" parameter is its minimum ("Output Low (Sink) Current IOL (Min)").
          const role =
            columns[i].role === 'value' && (word?.[1].toLowerCase() === 'min' || minimumName) ? 'min' : (columns[i].role as 'min' | 'typ' | 'max' | 'value');
          printed[role] = marks.text;
          const cell = readCell(split.value);
          if ((cell && cell.kind !== 'dash') || WORD_LIMIT.test(split.value)) any = true;
          place(limits, role, cell);
          unit = unit ?? (cell && cell.kind !== 'dash' ? normalizeUnit(columns[i].unit ?? null) : null);
        }
        if (!any) continue;
        // A unit glyph drawn as a path in the unit's cell ("°C" before "/W"): completed by the row's kind.
        if (marks.length && unitCols.length) {
          const unitLine = textIn(line, unitCols) ? line : (group.lines.find((l) => textIn(l, unitCols)) ?? line);
          const fragments = unitCols.flatMap((i) => unitLine.cells.get(i) ?? []);
          const cell = { text: textIn(unitLine, unitCols), x0: columns[unitCols[0]].x0, x1: columns[unitCols[unitCols.length - 1]].x1, y: unitLine.y, size: unitLine.size, fragments };
          unit = normalizeUnit(withDrawnGlyph(unit, cell, marks, { name, symbol: ownSymbols[r] ?? symbolDefault }));
        }
        const nameMarks = stripNoteMarks(name);
        out.push({
          table: info.title,
          section: leadSection ?? sectionOf(line.y, group.section),
          parameter: listHead ?? (name || ownSymbols[r] || symbolDefault || ''),
          symbol: ownSymbols[r] ?? symbolDefault ?? cellSymbol,
          conditions: cond,
          table_conditions: info.tableConditions,
          variant: [variant, rowVariant, listHead ? name : null].filter(Boolean).join(' ') || null,
          ...limits,
          printed,
          unit,
          page: info.page,
          bbox: bboxOf(group.lines, line),
          footnotes: [...new Set([...nameMarks.notes, ...footnotes])],
        });
      }
    });
    if (name) {
      lastName = name;
      lastSymbol = symbolDefault;
    }
  }
  return out;
}

type SideLabel = { text: string; y0: number; y1: number; fragments: Fragment[] };

/**
 * Group labels in a column of their own left of the names, under the same Parameter header ("Input",
 * "Output", "Transfer charac- teristics" beside the rows they group): words standing wholly left of
 * where the names start, two or more of them. Each covers the rows of its ruled cell (between the
 * rules that cross it), or without rules the rows beside it.
 */
function sideLabelsOf(columns: Column[], fragments: Fragment[], rules: Rule[]): SideLabel[] {
  const name = columns.find((c) => c.role === 'parameter');
  // (The names' column is the first: a column of symbols or numbers left of it is no group label.)
  if (!name || columns.some((c) => c !== name && c.x0 < name.x0)) return [];
  const next = Math.min(...columns.filter((c) => c !== name && c.x0 > name.x0).map((c) => c.x0));
  const inNames = fragments.filter((f) => f.x0 < Math.min(next, name.x1) && f.x1 > name.x0 - 80);
  const starts = new Map<number, number>();
  for (const f of inNames) starts.set(Math.round(f.x0 / 2), (starts.get(Math.round(f.x0 / 2)) ?? 0) + 1);
  const usual = [...starts.entries()].sort((a, b) => b[1] - a[1])[0];
  if (!usual || usual[1] < 3) return [];
  const edge = usual[0] * 2 - 1;
  // Words, not symbols ("VIO", "ICBO" set left of the names): a run of three small letters, or six capitals.
  const isWord = (t: string) => /^\p{L}[\p{L}\-/&. ]{1,24}$/u.test(t) && /\p{Ll}{3}|\p{Lu}{6}/u.test(t);
  const words = inNames.filter((f) => f.x1 < edge - 3 && isWord(f.text.trim())).sort((a, b) => a.y - b.y);
  if (words.length < 2) return [];
  // Lines of one label stand a line apart at most ("Transfer" / "charac-" / "teristics").
  const labels: Fragment[][] = [];
  for (const f of words) {
    const last = labels[labels.length - 1];
    if (last && f.y - last[last.length - 1].y <= 1.5 * f.size) last.push(f);
    else labels.push([f]);
  }
  if (labels.length < 2) return [];
  return labels.map((fs) => {
    const top = fs[0].y - fs[0].size;
    const bottom = fs[fs.length - 1].y;
    const x = fs[0].x0 + 2;
    const across = rules.filter((r) => r.y0 === r.y1 && r.x0 - 1 <= x && r.x1 + 1 >= x).map((r) => r.y0);
    const above = Math.max(...across.filter((y) => y <= top + 1));
    const below = Math.min(...across.filter((y) => y >= bottom - 1));
    const ruled = Number.isFinite(above) && Number.isFinite(below);
    const text = fs.map((f) => f.text.trim()).join(' ').replace(/(\p{Ll})- (\p{Ll})/gu, '$1$2');
    return { text, y0: ruled ? above : top - fs[0].size, y1: ruled ? below : bottom + fs[0].size, fragments: fs };
  });
}

/**
 * Qualifiers set right-aligned at the end of the name cells ("Reverse Input Voltage      Each Channel",
 * "Emitter-Base Reverse Voltage      (6N138 and 6N139)") in a table with no conditions column: texts
 * after a name on their line, past a wide gap, before the next column, whose right edges line up on
 * three lines or more. They are the rows' conditions, not part of their names.
 */
function rightAlignedQualifiers(columns: Column[], fragments: Fragment[]): Set<Fragment> {
  const name = columns.find((c) => c.role === 'parameter');
  if (!name || columns.some((c) => c.role === 'conditions' || c.role === 'condvar')) return new Set();
  const next = Math.min(...columns.filter((c) => c !== name && c.x0 > name.x0).map((c) => c.x0));
  const after = fragments.filter((f) => {
    if (f.x0 < name.x0 + 20 || f.x1 > next - 1 || /^[-+±–−]?\d/.test(f.text)) return false;
    return fragments.some((g) => g !== f && Math.abs(g.y - f.y) < 0.5 * f.size && g.x0 < name.x0 + 0.5 * (name.x1 - name.x0) + 5 && g.x1 < f.x0 - 1.5 * f.size);
  });
  const edges = new Map<number, Fragment[]>();
  for (const f of after) edges.set(Math.round(f.x1 / 3), [...(edges.get(Math.round(f.x1 / 3)) ?? []), f]);
  const aligned = [...edges.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  if (aligned.length < 3) return new Set();
  const edge = median(aligned.map((f) => f.x1));
  // (Once the edge is known, a qualifier on a line of its own ends there too.)
  return new Set(fragments.filter((f) => Math.abs(f.x1 - edge) <= 2.5 && f.x0 > name.x0 + 20 && !/^[-+±–−]?\d/.test(f.text)));
}

/**
 * A column of symbols left of the first header column, with no header of its own (TI sets "VIO" to the
 * left of PARAMETER): symbol-like texts standing wholly left of every column become a Symbol column.
 */
function withUnlabelledSymbols(columns: Column[], fragments: Fragment[]): Column[] {
  if (columns.some((c) => c.role === 'symbol') || !columns.length) return columns;
  const head = columns.reduce((a, b) => (b.x0 < a.x0 ? b : a));
  // Where the names start: the usual left edge of the texts under the first column (names may start
  // left of a centred header: "PARAMETER" over "VIO   Input offset voltage").
  const edges = new Map<number, number>();
  for (const f of fragments) if (f.x1 > head.x0 + 5 && f.x0 < head.x1) edges.set(Math.round(f.x0 / 2), (edges.get(Math.round(f.x0 / 2)) ?? 0) + 1);
  const usual = [...edges.entries()].reduce<[number, number] | null>((a, b) => (!a || b[1] > a[1] ? b : a), null);
  const first = usual && usual[1] >= 3 ? Math.min(head.x0, usual[0] * 2) : head.x0;
  // Texts that start left of the names and run into them are outdented names, not symbols.
  const outdented = fragments.filter((f) => f.x0 < first - 2 && f.x1 > first + 10 && f.text.split(" ").length <= 8);
  if (outdented.length >= 2) return columns;
  const left = fragments.filter((f) => f.x1 < first - 2 && /^[A-Za-zαβγθΔ∆][A-Za-z0-9()αβγθΔ∆,/ ]{0,14}$/.test(f.text.trim()));
  // A symbol has its name beside it, in the first column (on most lines: a centred name may sit a line away).
  const beside = left.filter((f) => fragments.some((g) => g !== f && Math.abs(g.y - f.y) < 0.5 * f.size && g.x0 >= first - 2 && g.x0 < first + 80));
  if (left.length < 3 || beside.length < 0.4 * left.length) return columns;
  const symbol: Column = { role: 'symbol', name: '', x0: Math.min(...left.map((f) => f.x0)), x1: first - 2, variant: null };
  return [symbol, ...columns];
}

/**
 * Each value line's conditions within its group: its own, the lines that wrap onto it (within
 * three quarters of a line), a merged cell shared by all rows (a continuous run of lines, one ending
 * with a comma), or a line a whole line above that heads the rows below it with their own conditions.
 */
function conditionsOf(lines: Line[], valueLines: Line[], condCols: number[], textIn: (l: Line, idx: number[]) => string, pitch: number): (string | null)[] {
  const own = valueLines.map((l) => textIn(l, condCols) || null);
  const condLines = lines.filter((l) => textIn(l, condCols));
  const orphans = condLines.filter((l) => !l.value);
  if (orphans.length === 0) return own;
  // A merged cell: a run of condition lines at line spacing, spanning several rows, reading on (", " at a line end).
  const run = condLines.every((l, i) => i === 0 || l.y - condLines[i - 1].y <= 1.15 * pitch);
  if (valueLines.length > 1 && run && condLines.slice(0, -1).some((l) => /[,;]$/.test(textIn(l, condCols)))) {
    const joined = condLines.map((l) => textIn(l, condCols)).join(' ').replace(/\s*,\s*$/, '');
    return valueLines.map(() => joined);
  }
  const result: string[][] = own.map((o) => (o ? [o] : []));
  const heads: { y: number; text: string }[] = [];
  for (const o of orphans) {
    const t = textIn(o, condCols);
    const dists = valueLines.map((v) => Math.abs(v.y - o.y));
    const nearest = dists.indexOf(Math.min(...dists));
    const below = valueLines.findIndex((v) => v.y > o.y);
    if (dists[nearest] < 0.75 * pitch) {
      if (valueLines[nearest].y > o.y) result[nearest].unshift(t);
      else result[nearest].push(t);
    } else if (below >= 0 && own[below]) heads.push({ y: o.y, text: t });
    else if (below >= 0) result[below].unshift(t);
    else result[valueLines.length - 1].push(t);
  }
  return valueLines.map((v, r) => {
    const head = [...heads].reverse().find((h) => h.y < v.y);
    const parts = head && own[r] ? [head.text, ...result[r]] : result[r];
    return parts.length ? parts.join(', ').replace(/,\s*,/g, ',') : null;
  });
}

/**
 * Conditions cells merged over several rows of a ruled table: where no rule crosses the conditions
 * column between rows that the limit columns' rules set apart, the conditions' cell spans those rows
 * and holds for each of them (switching times under one "ICon = 150 mA; IBon = 15 mA"). Its text is
 * one run of lines, on one row only or reading on (a line ending with a comma or semicolon).
 */
function mergedConditions(
  lines: Line[],
  condCols: number[],
  textIn: (l: Line, idx: number[]) => string,
  pitch: number,
  condBand: (y: number) => number,
  limitBand: (y: number) => number,
): Map<Line, string> {
  const out = new Map<Line, string>();
  const cells = new Map<number, Line[]>();
  for (const l of lines) cells.set(condBand(l.y), [...(cells.get(condBand(l.y)) ?? []), l]);
  for (const members of cells.values()) {
    const rows = members.filter((l) => l.value);
    if (rows.length < 2 || new Set(rows.map((l) => limitBand(l.y))).size !== rows.length) continue;
    const texts = members.filter((l) => textIn(l, condCols));
    if (!texts.length || !texts.every((l, i) => i === 0 || l.y - texts[i - 1].y <= 1.15 * pitch)) continue;
    const readsOn = texts.slice(0, -1).some((l) => /[,;]$/.test(textIn(l, condCols)));
    if (rows.filter((l) => textIn(l, condCols)).length > 1 && !readsOn) continue;
    const joined = texts.map((l) => textIn(l, condCols)).join(' ').replace(/\s*[,;]\s*$/, '');
    for (const l of rows) out.set(l, joined);
  }
  return out;
}

/**
 * Conditions in a ruled table: a value line's cell is what its column holds between the rules around
 * it. Several value lines in one cell share what is not on their own lines (a head line above them,
 * or a merged cell); a run of lines reading on (a line ending with a comma) is one merged cell.
 */
function ruledConditions(lines: Line[], valueLines: Line[], condCols: number[], textIn: (l: Line, idx: number[]) => string, pitch: number, bandOf: (y: number) => number): (string | null)[] {
  return valueLines.map((v) => {
    const cell = lines.filter((l) => bandOf(l.y) === bandOf(v.y) && textIn(l, condCols));
    const sharing = valueLines.filter((w) => bandOf(w.y) === bandOf(v.y));
    if (sharing.length === 1) return cell.map((l) => textIn(l, condCols)).join(', ') || null;
    const run = cell.every((l, i) => i === 0 || l.y - cell[i - 1].y <= 1.15 * pitch);
    if (run && cell.slice(0, -1).some((l) => /[,;]$/.test(textIn(l, condCols)))) return cell.map((l) => textIn(l, condCols)).join(' ').replace(/\s*,\s*$/, '') || null;
    const others = sharing.filter((w) => w !== v);
    const parts = cell.filter((l) => {
      if (l === v) return true;
      if (sharing.includes(l)) return false;
      // A line of its own above the rows heads them; one below goes with the nearest row.
      if (l.y < Math.min(...sharing.map((w) => w.y))) return true;
      return others.every((w) => Math.abs(w.y - l.y) > Math.abs(v.y - l.y));
    });
    return parts.map((l) => textIn(l, condCols)).join(', ') || null;
  });
}

function bboxOf(group: Line[], line: Line): BBox {
  const x0 = Math.min(...group.map((l) => l.x0));
  const x1 = Math.max(...group.map((l) => l.x1));
  return [round(x0), round(line.y - line.size), round(x1), round(line.y + 0.25 * line.size)];
}

const round = (n: number) => Math.round(n * 10) / 10;

export type { Column };

