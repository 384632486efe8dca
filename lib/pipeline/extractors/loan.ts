// Reads a loan document's parties, principal, rate, term, payment and maturity from its key-value
// fields, falling back to the usual sentences of a note ("between Jane Doe ("Borrower") and ...",
// "interest at a yearly rate of 6.5%"). Also lists every date the document mentions.
import { scanDates, scanMoney } from '../detect/entities';
import { findField } from '../detect/fields';
import { parseNumber, parsePercent } from '../detect/normalize';
import type { PageLayout } from '../layout/types';
import type { Field, LoanData, Table } from '../types';

type Input = { pages: PageLayout[]; text: string; fields: Field[]; tables: Table[] };

const BORROWER_KEYS = [
  /^(?:borrower|borrowers|borrower\(s\)|borrower'?s? names?|name of borrower|co-borrower|debtor|applicant|darlehensnehmer(?:in)?|kreditnehmer(?:in)?|emprunteur|prestatario|mutuatario)$/,
];
const LENDER_KEYS = [
  /^(?:lender|lender'?s? name|name of lender|creditor|note holder|mortgagee|loan originator|darlehensgeber(?:in)?|kreditgeber(?:in)?|pr[êe]teur|prestamista|mutuante)$/,
  /^(?:bank|kreditinstitut)$/,
];
const AMOUNT_KEYS = [
  /^(?:loan amount|amount of (?:the )?loan|principal(?: amount)?|loan principal|original principal(?: amount)?|principal balance|amount financed|note amount|credit amount|mortgage amount|darlehensbetrag|kreditbetrag|nettodarlehensbetrag|darlehenssumme|kreditsumme|montant du pr[êe]t|montant emprunt[ée]|monto del pr[ée]stamo|importe del pr[ée]stamo)$/,
  /^(?:loan|amount|darlehen|kredit)$/,
];
const RATE_KEYS = [
  /^(?:(?:annual |nominal |fixed |initial |note )?interest rate|note rate|rate of interest|rate|zinssatz|sollzins(?:satz)?|gebundener sollzins|nominalzins|taux(?: d'int[ée]r[êe]t)?(?: nominal)?|tasa de inter[ée]s|tasso(?: di interesse)?)$/,
  /^(?:apr|annual percentage rate|effektiver jahreszins|effektivzins|taeg|tae)$/,
];
const TERM_KEYS = [
  /^(?:loan term|term|term of (?:the )?loan|duration|loan duration|repayment term|repayment period|amortization (?:period|term)|laufzeit|kreditlaufzeit|darlehenslaufzeit|dur[ée]e(?: du pr[êe]t)?|plazo)$/,
];
const PAYMENT_KEYS = [
  /^(?:monthly payment|monthly installment|monthly instalment|monthly principal (?:and|&) interest|monthly p&i|payment amount|installment amount|instalment amount|monatliche rate|monatsrate|rate|mensualit[ée]|cuota mensual)$/,
];
const MATURITY_KEYS = [
  /^(?:maturity date|maturity|final payment date|loan maturity|matures on|end date|f[äa]lligkeitsdatum|laufzeitende|date d'[ée]ch[ée]ance|fecha de vencimiento)$/,
];

const isName = (f: Field) => /^[\p{Lu}"“]/u.test(f.value) && /\p{L}{2}/u.test(f.value) && f.value.length <= 80;
const money = (f: Field | null) => (f?.normalized?.type === 'money' ? f.normalized.amount : null);
const isMoney = (f: Field) => f.normalized?.type === 'money';
const date = (f: Field | null) => (f?.normalized?.type === 'date' ? f.normalized.value : null);
const isDate = (f: Field) => f.normalized?.type === 'date';
const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The rate in a value: "6.5% per annum (fixed)" → 6.5; the first percentage if the value says more. */
function percentIn(value: string): number | null {
  const whole = parsePercent(value);
  if (whole !== null) return whole;
  const m = /(\d+(?:[.,]\d+)?)\s?%/.exec(value);
  return m ? parseNumber(m[1]) : null;
}

/** A term in months: "20 years (240 months)" → 240, "30 years" → 360, "360 months" → 360. */
export function termMonths(value: string): number | null {
  const months = /(\d+)\s*-?\s*(?:months?|mos?\.?|monate?n?|mois|meses)\b/i.exec(value);
  if (months) return Number(months[1]);
  const years = /(\d+(?:[.,]5)?)\s*-?\s*(?:years?|yrs?\.?|jahre?n?|ans|a[ñn]os)\b/i.exec(value);
  if (years) {
    const n = parseNumber(years[1]);
    return n === null ? null : Math.round(n * 12);
  }
  return null;
}

/** A party named in a note's opening sentence: `Jane Doe ("Borrower")`. */
function partyInText(text: string, role: 'Borrower' | 'Lender'): string | null {
  const re = new RegExp(`(?:between|and|by|of|to|with|from)\\s+([\\p{Lu}][^()"“\\n]{1,80}?(?:\\n[^()"“\\n]{1,40}?)?)\\s*\\(\\s*(?:the\\s+)?["“']?${role}["”']?\\s*\\)`, 'u');
  const m = re.exec(text);
  return m ? clean(m[1]) : null;
}

/** The first amount with a currency within a short distance after a phrase. */
function moneyAfter(text: string, phrase: RegExp): number | null {
  const m = phrase.exec(text);
  if (!m) return null;
  const found = scanMoney(text.slice(m.index + m[0].length, m.index + m[0].length + 60))[0];
  return found ? found.amount : null;
}

export function extractLoan(input: Input): LoanData {
  const { text, fields } = input;
  const rateField = findField(fields, RATE_KEYS, (f) => percentIn(f.value) !== null);
  const termField = findField(fields, TERM_KEYS, (f) => termMonths(f.value) !== null);
  const rateText = /\b(?:interest rate(?: of)?|(?:yearly|annual) rate of|interest (?:at|of)|zinssatz(?: von)?)\s*:?\s*(\d+(?:[.,]\d+)?)\s?%/i.exec(text);
  const termText = /\b(?:term|laufzeit)\b[^.\n]{0,30}?(\d+)\s*(months?|years?|monate?n?|jahre?n?)\b|\b(\d+)[-\s](?:year|yr)\s+(?:fixed|term|loan|mortgage|amortization)/i.exec(text);
  const maturityText = /\b(?:maturity date|matures|maturity)\b(?:\s+(?:is|on|of))?\s*:?\s*/i.exec(text);
  const dates = [...new Set(scanDates(text).map((d) => d.iso))].slice(0, 100);

  return {
    type: 'loan_document',
    borrower: findField(fields, BORROWER_KEYS, isName)?.value ?? partyInText(text, 'Borrower'),
    lender: findField(fields, LENDER_KEYS, isName)?.value ?? partyInText(text, 'Lender'),
    loan_amount:
      money(findField(fields, AMOUNT_KEYS, isMoney)) ??
      moneyAfter(text, /\b(?:loan amount|principal amount|amount of the loan|principal sum|darlehensbetrag|kreditbetrag)\b\s*(?:of|is|:)?/i) ??
      moneyAfter(text, /\bpromises? to pay\b/i),
    interest_rate: rateField ? percentIn(rateField.value) : rateText ? parseNumber(rateText[1]) : null,
    term_months: termField ? termMonths(termField.value) : termText ? termMonths(termText[0].replace(/^\D*/, '')) : null,
    monthly_payment: money(findField(fields, PAYMENT_KEYS, isMoney)) ?? moneyAfter(text, /\bmonthly (?:payments?|installments?|instalments?)(?: amount)?(?: of\b|:)/i),
    maturity_date: date(findField(fields, MATURITY_KEYS, isDate)) ?? (maturityText ? (scanDates(text.slice(maturityText.index, maturityText.index + 80))[0]?.iso ?? null) : null),
    dates,
  };
}
