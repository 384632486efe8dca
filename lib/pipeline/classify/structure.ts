// Evidence from the shape of a document rather than its words: two text columns, Min/Typ/Max
// headers and electrical values, rows of dated transactions, numbered clauses in legal prose,
// table-of-contents leaders, citations, form fields and the keys of detected label/value fields.
import type { PageLayout } from '../layout/types';
import { invoiceLabelKinds } from './invoice-labels';
import type { Category } from '../types';
import type { Evidence } from './evidence';
import type { Zones } from './zones';

export type StructureInput = { tableCount: number; fieldKeys: string[]; formFieldCount: number };

const COLUMN_PAGES = 12;
const MIN_TYP_MAX = { min: /\bmin(?:\.|imum)?(?![\w])/i, max: /\bmax(?:\.|imum)?(?![\w])/i, typ: /\b(?:typ(?:\.|ical)?|nom(?:\.|inal)?)(?![\w])/i };
const ELECTRICAL_VALUE = /(?<![\w.])[-+±]?\d+(?:[.,]\d+)?\s?(?:[mµμunpkMG]?(?:V|A|Ω|W|Hz|F|H)|dBm?|[nµμp]C|°C\/W|K\/W|V\/[µμu]s)(?![\p{L}\d/])/gu;
const DEVICE_SYMBOL = /\b(?:V(?:DS|GS|CC|DD|EE|IN|OUT|CE|BE|RRM|RWM|REF|IO|GS\(th\)|\(BR\)\w*)|I(?:DSS|GSS|FSM|CC|DD|Q|OUT)|RDS\(on\)|R(?:θ|th)J[ACL]|Tstg|C(?:iss|oss|rss)|Q(?:g|gs|gd|rr)|td\((?:on|off)\))(?![\w])/g;
const DATE_START =
  /^\s*(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?\.?|\d{1,2}\.? ?(?:jan|feb|mar|apr|ma[iy]|jun|jul|aug|sep|oct|okt|nov|de[cz]|mär|janv|févr|avr|juil|déc|ene|abr|ago|dic)[a-zéû]*\.?(?: \d{2,4})?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(?:, ?\d{4})?)(?=\s)/i;
const AMOUNT = /(?<![\d.,])[-+]?(?:\d{1,3}(?:[.,' \u00a0]\d{3})+|\d+)[.,]\d{2}(?!\d)/g;
const BALANCE_WORD = /\b(?:balance|saldo|kontostand|solde)\b/i;
const NUMBERED_CLAUSE = /^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+\p{Lu}|(?:article|section|clause|artikel|artículo|cláusula)\s+\d+|§\s*\d+)/iu;
const LEGAL_WORD = /\b(?:shall|hereby|herein|whereas|parties|party|agreement|[a-z]*vertrag(?:e?s)?|parteien|(?:ver)?mieter|les parties|las partes|contrato)\b/gi;
const TOC_LEADER = /(?:\.\s?){4,}\s*\d{1,4}\s*$/;
const CITATION = /\[\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\]|\(\p{Lu}[\p{L}'-]+(?: et al\.| and \p{Lu}[\p{L}'-]+)?,? (?:19|20)\d{2}[a-z]?\)/gu;
const FIELD_KEYS: [Category, RegExp][] = [
  ['invoice', /invoice|rechnung|factur|due date|bill to|subtotal|total due|amount due/],
  ['loan_document', /borrower|lender|loan|interest rate|maturity|monthly payment|principal/],
  ['bank_statement', /opening balance|closing balance|statement period|account holder|statement date|kontostand/],
  ['form', /date of birth|signature|full name|place of birth|nationality/],
  ['contract', /effective date|party [ab12]|parties/],
];

/** JavaScript's `\s`: the characters `split(/\s+/)` splits on. */
const isSpace = (c: number) =>
  (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** How many words `text.split(/\s+/).filter(Boolean)` would give, without making them (it runs on every line). */
function words(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}
const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

function twoColumnPages(pages: PageLayout[]): [columns: number, withText: number] {
  let columns = 0;
  let withText = 0;
  for (const page of pages.slice(0, COLUMN_PAGES)) {
    const w = page.width;
    let left = 0;
    let right = 0;
    let wide = 0;
    for (const line of page.lines) {
      for (const s of line.segments) {
        if (words(s.text) < 5) continue;
        const span = s.x1 - s.x0;
        if (span > w * 0.6) wide++;
        else if (span >= w * 0.25 && s.x1 <= w * 0.56) left++;
        else if (span >= w * 0.25 && s.x0 >= w * 0.44) right++;
      }
    }
    if (left + right + wide >= 10) withText++;
    if (left >= 6 && right >= 6 && left + right >= 1.5 * wide) columns++;
  }
  return [columns, withText];
}

function transactionRows(pages: PageLayout[]): [rows: number, withBalance: number] {
  let rows = 0;
  let withBalance = 0;
  for (const page of pages) {
    for (const line of page.lines) {
      const date = DATE_START.exec(line.text);
      if (!date) continue;
      const amounts = count(line.text.slice(date[0].length), AMOUNT);
      if (amounts >= 1) rows++;
      if (amounts >= 2) withBalance++;
    }
  }
  return [rows, withBalance];
}

function lineCounts(pages: PageLayout[]) {
  let minTypMax = 0;
  let minMax = 0;
  let clauses = 0;
  let leaders = 0;
  for (const page of pages) {
    for (const line of page.lines) {
      const t = line.text;
      if (NUMBERED_CLAUSE.test(t)) clauses++;
      if (TOC_LEADER.test(t)) leaders++;
      if (MIN_TYP_MAX.min.test(t) && MIN_TYP_MAX.max.test(t) && words(t) <= 16) {
        if (MIN_TYP_MAX.typ.test(t)) minTypMax++;
        else minMax++;
      }
    }
  }
  return { minTypMax, minMax, clauses, leaders };
}

export function structuralEvidence(zones: Zones, input: StructureInput): Evidence[] {
  const out: Evidence[] = [];
  const add = (category: Category, weight: number, reason: string) => weight > 0 && out.push({ category, weight, reason });
  const per100 = (n: number) => (n * 100) / Math.max(zones.words, 100);

  const [columns, withText] = twoColumnPages(zones.pages);
  if (columns > 0 && columns * 2 >= withText) add('scientific_paper', 2, `two-column layout on ${columns} of ${withText} text pages`);

  const lines = lineCounts(zones.pages);
  if (lines.minTypMax > 0) add('datasheet', 3, `Min/Typ/Max table header${lines.minTypMax > 1 ? ` ×${lines.minTypMax}` : ''}`);
  else if (lines.minMax > 0) add('datasheet', 1.2, 'Min/Max table header');

  const values = count(zones.body, ELECTRICAL_VALUE);
  if (values >= 4) add('datasheet', 3 * Math.min(1, per100(values) / 4), `${values} electrical values (V, A, Ω, Hz, F…)`);
  const symbols = new Set(zones.body.match(DEVICE_SYMBOL) ?? []);
  if (symbols.size >= 3) add('datasheet', symbols.size >= 6 ? 2.5 : 1.5, `device symbols ${[...symbols].slice(0, 4).join(', ')}`);

  const [rows, withBalance] = transactionRows(zones.pages);
  if (rows >= 4) {
    const balance = withBalance * 2 >= rows || BALANCE_WORD.test(zones.body);
    const weight = (balance ? (rows >= 10 ? 3 : 2) : 1) + (input.tableCount > 0 ? 0.5 : 0);
    add('bank_statement', weight, `${rows} dated rows with amounts${balance ? ' and balances' : ''}${input.tableCount > 0 ? ' in tables' : ''}`);
  }

  // Invoice labels with their values, in any of six languages: three kinds or more are an invoice.
  const invoiceKinds = invoiceLabelKinds(zones.pages);
  if (invoiceKinds.size >= 3) add('invoice', invoiceKinds.size >= 5 ? 4 : invoiceKinds.size >= 4 ? 3.5 : 2.5, `invoice labels with values: ${[...invoiceKinds].join(', ')}`);

  const legal = count(zones.body, LEGAL_WORD);
  if (lines.clauses >= 3 && per100(legal) >= 1) add('contract', 1.5, `${lines.clauses} numbered clauses in legal wording`);

  if (lines.leaders >= 5) add('manual', 1, `table of contents with ${lines.leaders} dotted entries`);

  const citations = count(zones.body, CITATION);
  if (citations >= 5) add('scientific_paper', 2 * Math.min(1, per100(citations) / 1.5), `${citations} citations like [12] or (Smith et al., 2020)`);
  const abstract = zones.headings.some((h) => /^abstract\b/i.test(h)) || /\babstract\s*[—–-]/i.test(zones.body);
  const references = zones.headings.some((h) => /^(?:references|bibliography|literatur|références|referencias)$/i.test(h));
  if (abstract && references) add('scientific_paper', 1.5, '"Abstract" and "References" together');

  const fields = input.formFieldCount;
  if (fields > 0) add('form', fields >= 3 ? Math.min(4, 2 + fields / 8) : 1, `${fields} fillable form fields`);

  const keys = input.fieldKeys.map((k) => k.toLowerCase().replace(/[_-]+/g, ' '));
  for (const [category, re] of FIELD_KEYS) {
    const hits = [...new Set(keys.filter((k) => re.test(k)))];
    if (hits.length) add(category, Math.min(2, hits.length * 0.5), `field keys ${hits.slice(0, 3).join(', ')}`);
  }
  return out;
}
