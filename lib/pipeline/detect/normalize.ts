// Turns a value as printed ("January 19, 2026", "1.234,56 €", "6.5% per annum", "0.22 Ω") into a
// typed value, shared by the field and entity detectors and the extractors. Each parser returns
// null when the text is not clearly one thing: a wrong normalisation is worse than none.
import type { NormalizedValue } from '../types';

// ---------- numbers ----------

const SIGN = /^[-+\u2212\u2013]/;
const NUMBER_CHARS = /^\d[\d.,'\u2019 ]*$/;

/**
 * A number with optional thousands grouping (",", ".", "'", space) and decimal separator ("." or ",").
 * `money` reads a single "." followed by exactly three digits as grouping ("EUR 1.500"), otherwise as a
 * decimal point ("1.500 V"). A single "," followed by three digits is read as grouping.
 */
export function parseNumber(raw: string, money = false): number | null {
  let s = raw.replace(/[\u00a0\u202f\u2009]/g, ' ').trim();
  let sign = 1;
  if (SIGN.test(s)) {
    sign = s[0] === '+' ? 1 : -1;
    s = s.slice(1).trim();
  }
  if (!NUMBER_CHARS.test(s) || /[.,'\u2019 ]$/.test(s)) return null;
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let decimal: '.' | ',' | null = null;
  if (lastDot >= 0 && lastComma >= 0) decimal = lastDot > lastComma ? '.' : ',';
  else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? '.' : ',';
    const count = s.split(sep).length - 1;
    const after = s.length - s.lastIndexOf(sep) - 1;
    const before = s.slice(0, s.indexOf(sep));
    if (count > 1) decimal = null;
    else if (after !== 3 || /^0+$/.test(before)) decimal = sep;
    else decimal = sep === '.' && !money ? '.' : null;
  }
  let intPart = s;
  let frac = '';
  if (decimal) {
    const at = s.lastIndexOf(decimal);
    intPart = s.slice(0, at);
    frac = s.slice(at + 1);
    if (!/^\d+$/.test(frac)) return null;
  }
  if (!/^\d+$/.test(intPart)) {
    // Grouped: one separator kind, groups of three after a first group of one to three digits.
    // Or Indian: the last group of three, lakhs and crores in pairs before it (1,23,45,678).
    const m = /^\d{1,3}([,.'\u2019 ])\d{3}(?:\1\d{3})*$/.exec(intPart) ?? /^\d{1,2}(,)(?:\d{2},)+\d{3}$/.exec(intPart);
    if (!m || m[1] === decimal) return null;
    intPart = intPart.replace(/[^\d]/g, '');
  }
  const value = Number(frac ? `${intPart}.${frac}` : intPart);
  return Number.isFinite(value) ? sign * value : null;
}

// ---------- dates ----------

const MONTH_NAMES: Record<string, number> = {};
const addMonths = (names: string[][]) => names.forEach((list, i) => list.forEach((n) => (MONTH_NAMES[n] = i + 1)));
// English, German, French, Spanish, Dutch, Italian: full names and common abbreviations (lower case, without the dot).
addMonths([
  ['january', 'jan', 'januar', 'jänner', 'jän', 'janvier', 'janv', 'enero', 'ene', 'januari', 'gennaio', 'genn', 'gen'],
  ['february', 'feb', 'februar', 'février', 'fevrier', 'févr', 'fevr', 'fév', 'febrero', 'februari', 'febbraio', 'febbr'],
  ['march', 'mar', 'märz', 'maerz', 'mär', 'mars', 'marzo', 'maart', 'mrt'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile'],
  ['may', 'mai', 'mayo', 'mei', 'maggio', 'magg'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'giu'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'augustus'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'settembre', 'sett', 'set'],
  ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'ott'],
  ['november', 'nov', 'novembre', 'noviembre'],
  ['december', 'dec', 'dezember', 'dez', 'décembre', 'decembre', 'déc', 'diciembre', 'dic', 'dicembre'],
]);

/** Regex source matching one month name or abbreviation (use with the `i` and `u` flags). */
export const MONTH_SOURCE = `(?:${Object.keys(MONTH_NAMES)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th|er|º)?`;
/** "19 January 2026", "19. Januar 2026", "3 de marzo de 2026", "19-Jan-2026". */
export const DAY_MONTH_YEAR_SOURCE = String.raw`${DAY}\.?[\s-]*(?:de\s+)?(${MONTH_SOURCE})\.?(?:,?[\s-]+(?:de\s+)?)(\d{4})`;
/** "January 19, 2026", "Jan 19 2026", "Jan. 19th, 2026". */
export const MONTH_DAY_YEAR_SOURCE = String.raw`(${MONTH_SOURCE})\.?\s+${DAY},?\s+(\d{4})`;
/** "2026-01-31", "2026/01/31". */
export const ISO_DATE_SOURCE = String.raw`(\d{4})([-/.])(\d{1,2})\2(\d{1,2})`;
/** "31.01.2026", "01/31/2026", "31-01-2026", "31.01.26". */
export const NUMERIC_DATE_SOURCE = String.raw`(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})`;

const WEEKDAY = /^(?:mon|tues?|wed|thu|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?\.?,?\s+|^(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo),?\s+/i;
const TIME_SUFFIX = /(?:[T\s]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s?[AaPp]\.?[Mm]\.?)?(?:\s?(?:Z|UTC|GMT|[+-]\d{2}:?\d{2}))?)$/;
const RE_ISO = new RegExp(`^${ISO_DATE_SOURCE}$`);
const RE_NUMERIC = new RegExp(`^${NUMERIC_DATE_SOURCE}$`);
const RE_DMY = new RegExp(`^${DAY_MONTH_YEAR_SOURCE}$`, 'iu');
const RE_MDY = new RegExp(`^${MONTH_DAY_YEAR_SOURCE}$`, 'iu');

/** YYYY-MM-DD when the parts make a real date between 1900 and 2100, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export const monthNumber = (name: string): number | null => MONTH_NAMES[name.toLowerCase().replace(/\.$/, '')] ?? null;

/** Which comes first in an ambiguous numeric date (03/04/2024): known from the document's locale, or not. */
export type DateOrder = 'dmy' | 'mdy' | null;

/**
 * Day, month and year of a numeric date: a part over 12 decides; else `order` where the document's
 * locale is known; else "/" prefers US month/day, "." day.month, "-" only when unambiguous.
 */
export function numericDate(a: string, sep: string, b: string, y: string, order: DateOrder = null): string | null {
  let year = Number(y);
  if (y.length === 2) {
    if (sep === '-') return null;
    year += year < 70 ? 2000 : 1900;
  }
  const first = Number(a);
  const second = Number(b);
  if (first > 12 && second <= 12) return isoDate(year, second, first);
  if (second > 12 && first <= 12) return isoDate(year, first, second);
  if (first > 12 || second > 12) return null;
  if (sep === '.') return isoDate(year, second, first);
  if (order) return order === 'dmy' ? isoDate(year, second, first) : isoDate(year, first, second);
  if (sep === '/') return isoDate(year, first, second);
  if (sep === '.') return isoDate(year, second, first);
  return first === second ? isoDate(year, first, second) : null;
}

/** A date written in one of the common numeric or month-name forms, as YYYY-MM-DD; null when unsure. */
export function parseDate(raw: string, order: DateOrder = null): string | null {
  const s = raw.replace(/\s+/g, ' ').trim().replace(WEEKDAY, '').replace(TIME_SUFFIX, '').trim();
  if (s.length < 6 || s.length > 40) return null;
  let m = RE_ISO.exec(s);
  if (m) return isoDate(Number(m[1]), Number(m[3]), Number(m[4]));
  m = RE_NUMERIC.exec(s.replace(/(\d)\.\s(?=\d)/g, '$1.'));
  if (m) return numericDate(m[1], m[2], m[3], m[4], order);
  m = RE_MDY.exec(s);
  if (m) {
    const month = monthNumber(m[1]);
    return month ? isoDate(Number(m[3]), month, Number(m[2])) : null;
  }
  m = RE_DMY.exec(s);
  if (m) {
    const month = monthNumber(m[2]);
    return month ? isoDate(Number(m[3]), month, Number(m[1])) : null;
  }
  return null;
}

// ---------- money ----------

const CURRENCY_CODES = 'USD|EUR|GBP|CHF|JPY|CNY|CAD|AUD|NZD|SEK|NOK|DKK|PLN|CZK|HUF|INR|HKD|SGD|ZAR|MXN|BRL|RUB|TRY|KRW|AED|SAR|KWD|BHD|OMR|JOD|TND';
/** Currencies whose minor unit is a thousandth: "KWD 1.250" is one and a quarter. */
const THREE_DECIMALS = new Set(['KWD', 'BHD', 'OMR', 'JOD', 'TND']);
const CURRENCY_SYMBOLS: Record<string, string> = { $: 'USD', US$: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₩': 'KRW', 'C$': 'CAD', CA$: 'CAD', A$: 'AUD', AU$: 'AUD', 'R$': 'BRL', 'Rs.': 'INR', Rs: 'INR', 'SFr.': 'CHF', 'Fr.': 'CHF' };
/** Regex source for a currency symbol or ISO code. */
export const CURRENCY_SOURCE = `(?:US\\$|CA\\$|AU\\$|C\\$|A\\$|R\\$|[$€£¥₹₩]|\\bRs\\.?(?=\\s?\\d)|\\bS?Fr\\.(?=\\s?\\d)|\\b(?:${CURRENCY_CODES})\\b)`;
const MONEY_PREFIX = new RegExp(`^(${CURRENCY_SOURCE}|(?:${CURRENCY_CODES}))\\s*`);
const MONEY_SUFFIX = new RegExp(`\\s*(${CURRENCY_SOURCE}|(?:${CURRENCY_CODES})|Euros?|EURO|euros?)$`);
const CURRENCY_CODE = new RegExp(`^(?:${CURRENCY_CODES})$`);

export function currencyCode(token: string): string | null {
  if (/^euros?$/i.test(token)) return 'EUR';
  if (CURRENCY_CODE.test(token)) return token;
  return CURRENCY_SYMBOLS[token] ?? null;
}

/** An amount with a currency symbol or code before or after it; negative with a sign or in parentheses. */
export function parseMoney(raw: string): { amount: number; currency: string } | null {
  let s = raw.replace(/[\u00a0\u202f\u2009]/g, ' ').trim();
  let negative = false;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    negative = true;
    s = paren[1].trim();
  }
  if (SIGN.test(s) && s[0] !== '+') {
    negative = !negative;
    s = s.slice(1).trim();
  }
  let currency: string | null = null;
  const pre = MONEY_PREFIX.exec(s);
  if (pre) {
    currency = currencyCode(pre[1]);
    s = s.slice(pre[0].length);
  } else {
    const post = MONEY_SUFFIX.exec(s);
    if (post) {
      currency = currencyCode(post[1]);
      s = s.slice(0, s.length - post[0].length);
    }
  }
  if (!currency) return null;
  s = s.trim().replace(/[.,]-+$|[.,]\u2013$/, '');
  // "233,47-": a trailing minus, as accounting systems print credits.
  if (/\d\s?[-\u2212]$/.test(s)) {
    negative = !negative;
    s = s.slice(0, -1).trim();
  }
  if (SIGN.test(s) && s[0] !== '+') {
    negative = !negative;
    s = s.slice(1).trim();
  }
  const amount = THREE_DECIMALS.has(currency) && /^\d{1,3}(?:,\d{3})*\.\d{3}$/.test(s) ? Number(s.replace(/,/g, '')) : parseNumber(s, true);
  if (amount === null || amount < 0) return null;
  return { amount: negative ? -amount : amount, currency };
}

// ---------- percentages ----------

const RE_PERCENT = /^([-+\u2212]?\d[\d.,]*)\s?(?:%|percent|per ?cent|prozent|pour ?cent|por ?ciento)(?:\s+(?:per annum|p\.?\s?a\.?|apr|annually|per year|a year|fixed|variable|pro jahr|jährlich|par an|anual))*$/i;

/** "6.5%", "6,5 %", "19 percent", "6.5% per annum" → 6.5. */
export function parsePercent(raw: string): number | null {
  const m = RE_PERCENT.exec(stripParenthetical(raw));
  return m ? parseNumber(m[1]) : null;
}

// ---------- numbers with units ----------

const PREFIX = '[pnuµμmcdkMGT]?';
const BASE_UNITS = 'V|A|W|Ω|ohms?|C|F|H|Hz|VA|Wh|Ah|J|N|Pa|s|g|m|B|bit|bps|dB|dBm|dBc|K';
const OTHER_UNITS = '°C|°F|℃|°|mAh|mil|in|inch(?:es)?|ft|lbs?|oz|bar|psi|rpm|ppm|l|L|sec|min|hrs?|h|hours?|days?|weeks?|months?|years?|yrs?|Tage?n?|Monate?n?|Jahre?n?|jours|mois|ans|pcs|units|pages|%';
const UNIT_SOURCE = `(?:${PREFIX}(?:${BASE_UNITS})|${OTHER_UNITS})(?:\\/(?:${PREFIX}(?:${BASE_UNITS})|°C|°F|℃|√Hz|s|h|min))?(?:[²³]|\\^?[23])?`;
const RE_NUMBER_UNIT = new RegExp(`^([-+\\u2212]?\\d[\\d.,']*)\\s?(${UNIT_SOURCE})$`, 'u');
const RE_PLAIN_NUMBER = /^[-+\u2212]?(?:0|[1-9][\d.,' ]*|0[.,]\d+)$/;

/** "600 V", "0.22 Ω", "25 nC", "3.5 kg", "30 days", "4711" → value and unit; null for ranges, codes, text. */
export function parseNumberWithUnit(raw: string): { value: number; unit: string | null } | null {
  const s = stripParenthetical(raw);
  const m = RE_NUMBER_UNIT.exec(s);
  if (m) {
    const value = parseNumber(m[1]);
    return value === null ? null : { value, unit: m[2] === '℃' ? '°C' : m[2] };
  }
  if (!RE_PLAIN_NUMBER.test(s)) return null;
  const value = parseNumber(s);
  return value === null ? null : { value, unit: null };
}

/** Drops one trailing parenthetical remark: "6.5% (fixed)", "20 years (240 months)". */
function stripParenthetical(raw: string): string {
  return raw
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*\([^()]{1,30}\)$/, '');
}

/** The value as a date, money, percentage or number (with unit), or null when it is none of them clearly. */
export function normalizeValue(raw: string, order: DateOrder = null): NormalizedValue | null {
  const s = raw.replace(/\s+/g, ' ').trim();
  if (!s || s.length > 60 || !/\d/.test(s)) return null;
  const date = parseDate(s, order);
  if (date) return { type: 'date', value: date };
  const money = parseMoney(s);
  if (money) return { type: 'money', amount: money.amount, currency: money.currency };
  const percent = parsePercent(s);
  if (percent !== null) return { type: 'percent', value: percent };
  const number = parseNumberWithUnit(s);
  if (number) return { type: 'number', value: number.value, unit: number.unit };
  return null;
}
