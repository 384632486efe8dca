// A limit cell as printed, read: a number ("−0.5", "+125", "1.5*"), "±20", a range ("-65 to +150",
// "0 ~ +125"), an expression ("VDD + 0.3", "VCC/2"), or a dash for nothing. Numbers are placed by the
// rules of issue #21: "±x" gives min -x and max x; a range fills min and max; a ratings table's lone
// Value is a maximum. Units and note marks printed in the cell are taken apart.
export type Cell =
  | { kind: 'number'; value: number }
  | { kind: 'pm'; value: number }
  | { kind: 'range'; lo: number | null; hi: number | null }
  | { kind: 'expr' }
  | { kind: 'dash' };

const MINUS = /[\u2212\u2013\u2012\u2014\u2010]/g;
const FRACTIONS: Record<string, string> = { '½': '.5', '¼': '.25', '¾': '.75', '⅛': '.125', '⅓': '.333' };

const POWER_OF_TEN = /^(?:([-+]?\d+(?:[.,]\d+)?)\s?[x×·]\s?)?10([⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})$/;
const EXPONENT_DIGITS: Record<string, string> = { '⁻': '-', '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9' };

/** `mantissa` × 10^`exponent`, without the float noise of the multiplication. */
const timesPowerOfTen = (mantissa: number | null, exponent: number) => (mantissa === null ? null : Number((mantissa * 10 ** exponent).toPrecision(12)));

/** A number as printed: "1.5", "-0.5", "+125", ".8", "1,5" (decimal comma), "1,000" and "10,000" (digit groups), "1¼", "½". */
export function readNumber(raw: string): number | null {
  // A power of ten as printed: "10¹²", "10⁻⁷", "5 x 10¹⁰".
  const power = POWER_OF_TEN.exec(raw.trim().replace(MINUS, '-'));
  if (power) {
    return timesPowerOfTen(power[1] ? readNumber(power[1]) : 1, Number([...power[2]].map((c) => EXPONENT_DIGITS[c]).join('')));
  }
  // "5 x 1010", "1 x 10-7": a power of ten whose exponent was set flat (after "x 10" only a power makes sense; "x 100" stays 100).
  const flat = /^([-+]?\d+(?:[.,]\d+)?)\s?[x×]\s?10([-−]?[1-9]\d?)$/.exec(raw.trim().replace(MINUS, '-'));
  if (flat) return timesPowerOfTen(readNumber(flat[1]), Number(flat[2]));
  // Spaces only after a sign ("- 0.5") or between digit groups ("10 000"): two numbers ("7 10") are no number.
  let s = raw.trim().replace(MINUS, '-').replace(/^([-+])\s+/, '$1').replace(/(\d)\s(?=\d{3}(?!\d))/g, '$1');
  if (/\s/.test(s)) return null;
  // A comma before three digits after a non-zero whole part groups thousands; any other is a decimal comma.
  if (/^[-+]?[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?$/.test(s)) s = s.replace(/,/g, '');
  s = s.replace(/(\d?)([½¼¾⅛⅓])/, (_m, d: string, f: string) => `${d || '0'}${FRACTIONS[f]}`);
  // "1¹⁄₄" set as "11⁄4" (a fraction slash after the whole part): more than the denominator is a whole
  // and a fraction, 1 + 1/4; "15⁄16" is fifteen sixteenths.
  const mixed = /^([-+]?)(\d+)(\d)\u2044(2|4|8|16)$/.exec(s);
  if (mixed && Number(mixed[2] + mixed[3]) > Number(mixed[4]) && Number(mixed[3]) < Number(mixed[4])) return (mixed[1] === '-' ? -1 : 1) * (Number(mixed[2]) + Number(mixed[3]) / Number(mixed[4]));
  s = s.replace(/\u2044/g, '/');
  // "1/2", "1/16" LSB: a fraction.
  const fraction = /^([-+]?)(\d{1,2})\/(2|4|8|16|32|64)$/.exec(s);
  if (fraction) return (fraction[1] === '-' ? -1 : 1) * (Number(fraction[2]) / Number(fraction[3]));
  if (!/^[-+]?(?:\d+(?:[.,]\d+)?|[.,]\d+)$/.test(s)) return null;
  return Number(s.replace(',', '.'));
}

const UNIT_TAIL =
  /\s*((?:[pnuµμmkKMG]?(?:Vrms|Vpp|Vp-p|VDC|VAC|Arms|V|A|W|Ω|F|H|Hz|s|S|J|VA)|°C|ºC|˚C|oC|°|%|dB|dBm|ppm|LSB|bits?|V\/µs|V\/V|mV\/V|nV\/√Hz|°C\/W|K\/W|W\/°C|mW\/°C)(?:\s?\/\s?[A-Za-zµ°√]+)?)$/u;

/** "7.0 V" → ["7.0", "V"]; "45V" → ["45", "V"]; "-65°C to +150°C" → ["-65 to +150", "°C"]. */
export function splitUnit(text: string): { value: string; unit: string | null } {
  const t = text.trim();
  const m = UNIT_TAIL.exec(t);
  if (!m || m.index === 0 || !/[\d)½¼¾⁰¹²³⁴⁵⁶⁷⁸⁹]\s*$/.test(t.slice(0, m.index))) return { value: t, unit: null };
  const unit = m[1].replace(/\s+/g, '');
  // A unit repeated inside a range: "-65°C to +150°C".
  const value = t.slice(0, m.index).replace(new RegExp(`(\\d)\\s*${unit.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?=\\s*(?:to|~|\\.\\.\\.?|…)\\s)`, 'g'), '$1');
  return { value: value.trim(), unit };
}

/** Note marks printed after a value: "0.4 (2)", "15*", "100†", "5 (Note 3)". */
export function stripNoteMarks(text: string): { text: string; notes: string[] } {
  const notes: string[] = [];
  let t = text.trim();
  for (;;) {
    const m = /\s*(?:\((?:notes?\s*)?(\d{1,2}(?:,\s*\d{1,2})*)\)|(\*{1,3}|[†‡§]+)|\[(\d{1,2})\])$/i.exec(t);
    if (!m || m.index === 0) break;
    if (m[1]) notes.push(`Note ${m[1]}`);
    else if (m[3]) notes.push(`Note ${m[3]}`);
    else notes.push(m[2]);
    t = t.slice(0, m.index).trim();
  }
  return { text: t, notes };
}

/** A value with words after it that say when it holds ("260 for 10 sec", "300 at 25°C"): the value, and those words. */
export function splitTail(text: string): { value: string; tail: string | null } {
  const m = /^(.*?\d\S*)\s+((?:for|at|with|@|per)\s.*)$/i.exec(text.trim());
  return m ? { value: m[1], tail: m[2] } : { value: text.trim(), tail: null };
}

/** One limit cell, read. Null for text that is no limit at all. */
export function readCell(raw: string): Cell | null {
  const t = raw.replace(MINUS, '-').replace(/\s+/g, ' ').trim();
  if (!t) return null;
  if (/^[-–—]{1,2}$|^n\/?a$|^—$/i.test(t)) return { kind: 'dash' };
  const pm = /^(?:±|\+\/-|\+-)\s?(.+)$/.exec(t);
  if (pm) {
    const v = readNumber(pm[1]);
    return v === null ? { kind: 'expr' } : { kind: 'pm', value: v };
  }
  // "-65 to +150", "0 ~ +125", "-0.3 to VCC + 0.3" (an expression at one end); " - " only between two numbers.
  const range = /^(.+?)\s*(?:\bto\b|~|\.{2,3}|…)\s*(.+)$/i.exec(t) ?? /^([-+]?[\d.,]+)\s+-\s+([-+]?[\d.,]+)$/.exec(t);
  if (range) {
    // Each end may carry its unit: "-0.3V to (VDD + 0.3V)".
    const lo = readNumber(splitUnit(range[1]).value);
    const hi = readNumber(splitUnit(range[2]).value);
    if (lo !== null || hi !== null) return { kind: 'range', lo, hi };
  }
  const n = readNumber(t);
  if (n !== null) return { kind: 'number', value: n };
  // "50k", "100 k" (write cycles): a count with its multiplier, kept as printed.
  if (/^\d+(?:[.,]\d+)?\s?[kKM]$/.test(t)) return { kind: 'expr' };
  // "1.8:1", "1.5 :1" (VSWR): a ratio, kept as printed; no one number stands for it.
  if (/^\d+(?:[.,]\d+)?\s?:\s?\d+(?:[.,]\d+)?$/.test(t)) return { kind: 'expr' };
  // "2.4/2.1" for "VDD = +5 V/+3 V": one value per alternative of the conditions, kept as printed.
  if (/^[-+]?\d*\.?\d+(?:\s?\/\s?[-+]?\d*\.?\d+){1,3}$/.test(t)) return { kind: 'expr' };
  // "VDD + 0.3", "VCC/2", "(V+) - 0.7", "VREF": an expression of a supply or another parameter.
  if (/^[-+(]?\s?[A-Z][A-Za-z0-9_()+]{0,12}(?:\s?[-+*/]\s?[\d.]+[A-Za-z]*)?\)?$/.test(t) && /[A-Z]/.test(t)) return { kind: 'expr' };
  // "1.216 x VBAT", "0.3 × VDD": a multiple of a supply.
  if (/^[-+]?\d*\.?\d+\s?[x×*]\s?[A-Z][A-Za-z0-9_()]{0,10}$/.test(t)) return { kind: 'expr' };
  return null;
}

export type Limits = { min: number | null; typ: number | null; max: number | null };

/** Puts a cell's numbers into the limits, by the column it stands in. */
export function place(limits: Limits, role: 'min' | 'typ' | 'max' | 'value', cell: Cell | null): void {
  if (!cell || cell.kind === 'dash' || cell.kind === 'expr') return;
  if (cell.kind === 'range') {
    if (cell.lo !== null) limits.min = cell.lo;
    if (cell.hi !== null) limits.max = cell.hi;
    return;
  }
  if (cell.kind === 'pm') {
    if (role === 'typ') limits.typ = cell.value;
    else {
      limits.min = -cell.value;
      limits.max = cell.value;
    }
    return;
  }
  if (role === 'value') limits.max = cell.value;
  else limits[role] = cell.value;
}

/** µ for micro, Ω for ohm, ° for the degree signs, no inner spaces: "μA" → "µA", "%/ V" → "%/V", "Ohm" → "Ω". */
export function normalizeUnit(raw: string | null): string | null {
  if (!raw) return null;
  // Brackets around the whole unit ("(V)", "[mA]") go; a closing one of its own stays ("V(min)").
  let u = raw.trim().replace(/^[[(]([^()[\]]*)[\])]$/, '$1').replace(/\s+/g, '');
  // Greek capitals drawn like Latin letters in a unit ("µΑ" with an Alpha): the Latin letter.
  u = u.replace(/[\u0391\u039a\u039c]/g, (c) => ({ '\u0391': 'A', '\u039a': 'K', '\u039c': 'M' })[c] ?? c);
  if (!u || /^[-–—]+$/.test(u)) return null;
  u = u.replace(/\u03bc/g, '\u00b5').replace(/[º˚]C/g, '°C').replace(/^oC(?=$|\/)|(?<=\/)oC$/, '°C').replace(/^deg\.?C$/i, '°C').replace(/(^|[a-zA-Z])[Oo]hms?$/, '$1Ω');
  if (/^u[VAFsWHCΩ]/.test(u)) u = `\u00b5${u.slice(1)}`;
  // A glyph the PDF maps to no character (a control code), where a unit's grammar allows one glyph
  // only: after a multiplier prefix the ohm ("M\u0002"), before a base unit the micro sign ("\u0002A").
  u = u.replace(/^([kMG])[\u0001-\u001f]$/, '$1Ω').replace(/^[\u0001-\u001f](?=[AVFsWH](?:$|\/))/, 'µ');
  return u;
}
