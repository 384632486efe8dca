// Values as invoices print them: amounts (with or without a currency, in any of the common
// groupings, negative with a sign, a trailing minus or parentheses), dates in the document's own
// order, and document numbers (a code with a digit, not a date, an amount or a phone number).
import { currencyCode, CURRENCY_SOURCE, isoDate, MONTH_SOURCE, monthNumber, parseDate, parseMoney, parseNumber, type DateOrder } from '../../../detect/normalize';

/** Every amount and date has a digit: texts without one are passed over before the long patterns run. */
const HAS_DIGIT = /\d/;

export type Amount = { value: number; currency: string | null; text: string };

const AMOUNT_BODY = String.raw`\d{1,3}(?:[,.'\u2019\u00a0\u202f ]\d{2,3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
const CURRENCY_WORD = String.raw`Euros?|EUR|Euro`;
// An amount with its sign and currency, anywhere in a text; the decimals are required unless a
// currency stands next to it ("€ 250", "250 EUR", "250,-").
const RE_AMOUNT = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,/])(\(?[-\u2212\u2013]?\s?(?:${CURRENCY_SOURCE}\s?)?[-\u2212]?(?:${AMOUNT_BODY})(?:[.,]-{1,2})?(?:\s?(?:${CURRENCY_SOURCE}|${CURRENCY_WORD}))?\s?-?\)?)(?![\p{N}]|[.,]\d|\s?%|\s?(?:x|pcs|stk|st\.|h\b|std))`,
  'gu',
);

/** Every amount in a text, left to right. Plain numbers count only with two decimals (or a currency). */
export function amountsIn(text: string): Amount[] {
  const out: Amount[] = [];
  if (!HAS_DIGIT.test(text)) return out; // most texts: no regex walk over them at all
  for (const m of text.matchAll(RE_AMOUNT)) {
    const raw = m[1].trim();
    const a = parseAmount(raw);
    if (a) out.push(a);
  }
  return out;
}

/** One amount, the whole text: "1.234,56 €", "EUR -12.50", "(12.50)", "233,47-", "₹1,23,456.00". */
export function parseAmount(raw: string): Amount | null {
  const text = raw.replace(/[\u00a0\u202f\u2009]/g, ' ').replace(/\s+/g, ' ').trim();
  if (!text || text.length > 40) return null;
  const money = parseMoney(text);
  if (money) return { value: money.amount, currency: money.currency, text };
  let s = text;
  let negative = false;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    negative = true;
    s = paren[1].trim();
  }
  if (/^[-\u2212\u2013]/.test(s)) {
    negative = !negative;
    s = s.slice(1).trim();
  }
  if (/\d\s?-$/.test(s)) {
    negative = !negative;
    s = s.slice(0, -1).trim();
  }
  // "2.261,-": whole units, as German invoices print them.
  const whole = /[.,][-–]{1,2}$/.test(s);
  s = s.replace(/[.,][-–]{1,2}$/, '');
  // Without a currency, only amounts with exactly two decimals ("1.234,56", "18.08") or whole ones marked ",-".
  if (!whole && !/[.,]\d{2}$/.test(s)) return null;
  const value = parseNumber(s, true);
  if (value === null) return null;
  return { value: negative ? -value : value, currency: null, text };
}

/** The currency named by a token or word ("€", "EUR", "Euro", "Rs."), or null. */
export function currencyOf(token: string): string | null {
  const t = token.trim();
  return currencyCode(t) ?? (/^euros?$/i.test(t) ? 'EUR' : null);
}

export const CURRENCY_IN_TEXT = new RegExp(`${CURRENCY_SOURCE}|\\b(?:Euros?|EURO)\\b`, 'gu');

// ---------- dates ----------

const NUMERIC = String.raw`\d{4}-\d{1,2}-\d{1,2}|\d{4}/\d{1,2}/\d{1,2}|\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})|\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})|\d{1,2}-\d{1,2}-\d{4}`;
const WORDED = String.raw`\d{1,2}(?:st|nd|rd|th|er|e|º)?\.?[\s-]*(?:de\s+)?${MONTH_SOURCE}\.?,?[\s-]+(?:de\s+)?\d{4}|${MONTH_SOURCE}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}`;
const RE_DATE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${WORDED}|${NUMERIC})(?![\p{N}])`, 'giu');

export type FoundDate = { iso: string; text: string; index: number };

/** Every date in a text, read in the document's order. */
// "3-Apr-24", "03 Apr 24": a month name with a two-digit year, as accounting packages print them.
const RE_SHORT_YEAR = new RegExp(String.raw`(?<![\p{L}\p{N}])(\d{1,2})[- ](${MONTH_SOURCE})\.?[- ](\d{2})(?![\p{N}])`, 'giu');

export function datesIn(text: string, order: DateOrder): FoundDate[] {
  const out: FoundDate[] = [];
  if (!HAS_DIGIT.test(text)) return out;
  for (const m of text.matchAll(RE_DATE)) {
    const iso = parseDate(m[0], order);
    if (iso) out.push({ iso, text: m[0], index: m.index ?? 0 });
  }
  for (const m of text.matchAll(RE_SHORT_YEAR)) {
    const month = monthNumber(m[2]);
    const iso = month ? isoDate(2000 + Number(m[3]), month, Number(m[1])) : null;
    if (iso && !out.some((o) => o.index === m.index)) out.push({ iso, text: m[0], index: m.index ?? 0 });
  }
  return out.sort((a, b) => a.index - b.index);
}

// ---------- document numbers ----------

const PHONE = /^\+?\d[\d ()/.-]{6,}$/;

/**
 * A document number from a value: the first token with a digit ("RE-2024-0815", "9314110911/00/M/00/N",
 * "01.234.567.8-2014-1"), or null when the value is a date, an amount, a percentage or a phone number.
 */
export function documentNumber(value: string, order: DateOrder): string | null {
  const text = value.replace(/^[#:№\s]+/, '').trim();
  if (!text) return null;
  // "4021 7781 93", "FR 24 004471", "FT 2024A/1187": a number printed in groups, maybe after a prefix.
  const grouped = /^((?:[A-Z]{1,4} )?\d[\dA-Z]*(?:[ /-][\dA-Z]*\d[\dA-Z/]*){1,4})(?:$|\s{2,}|\s*[,;])/.exec(text);
  if (grouped && /\d.*[ ].*\d/.test(grouped[1]) && !parseDate(grouped[1], order) && !/^\d{1,2} \p{L}/u.test(grouped[1])) return grouped[1];
  const tokens = text.split(/\s+/);
  for (let i = 0; i < Math.min(tokens.length, 4); i++) {
    const token = tokens[i].replace(/^[#(]+|[),;:.]+$/g, '');
    if (!/\d/.test(token)) {
      // "No. 4711", "Nr 4711", "N° FA-12": skip a leading label word; stop at other words.
      if (/^(?:no|nr|n°|nº|#|number|nummer)\.?$/i.test(token)) continue;
      if (i === 0 && /^[A-Z]{2,6}$/.test(token) && tokens[i + 1] && /^\d/.test(tokens[i + 1])) {
        // "INV 2024-001": a prefix and a number, kept together.
        const joined = `${token} ${tokens[i + 1].replace(/[),;:]+$/, '')}`;
        return validNumber(joined, order) ? joined : null;
      }
      return null;
    }
    return validNumber(token, order) ? token : null;
  }
  return null;
}

function validNumber(token: string, order: DateOrder): boolean {
  if (token.length > 40 || token.length < 1) return false;
  if (!/^[\p{L}\p{N}][\p{L}\p{N}\-/._ ]*$/u.test(token)) return false;
  if (parseDate(token, order) || /^\d{1,2}[./]\d{1,2}[./]\d{2,4}$/.test(token)) return false;
  if (PHONE.test(token) && token.replace(/\D/g, '').length >= 9 && /[ ()+]/.test(token)) return false;
  // An amount with decimals is not a number ("1.234,56"), but "01.234.567.8-2014-1" is.
  if (/^\d{1,3}(?:[.,]\d{3})*[.,]\d{2}$/.test(token)) return false;
  return true;
}
