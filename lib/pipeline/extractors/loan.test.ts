import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { detectFields } from '../detect/fields';
import type { PageLayout } from '../layout/types';
import { extractLoan, termMonths } from './loan';

const fixture = (name: string): PageLayout[] => JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));
const run = (pages: PageLayout[], withFields = true) =>
  extractLoan({ pages, text: pages.map((p) => p.text).join('\n\n'), fields: withFields ? detectFields(pages) : [], tables: [] });
const fromText = (text: string) => extractLoan({ pages: [], text, fields: [], tables: [] });

test('a loan agreement: parties, principal, rate, term, payment, maturity and every date (loan-document-1)', () => {
  assert.deepEqual(run(fixture('loan-document-1.json')), {
    type: 'loan_document',
    borrower: 'Jane Doe',
    lender: 'First Federal Savings Bank',
    loan_amount: 500000,
    interest_rate: 6.5,
    term_months: 240,
    monthly_payment: 3727.87,
    maturity_date: '2046-07-01',
    dates: ['2026-07-01', '2026-08-01', '2046-07-01'],
  });
});

test('a commitment letter whose opening sentence wraps the lender over two lines (loan-document-3)', () => {
  const r = run(fixture('loan-document-3.json'));
  assert.deepEqual([r.borrower, r.lender, r.loan_amount, r.interest_rate, r.term_months, r.maturity_date], ['Maria Gonzalez', 'Cedar Credit Union', 544000, 5.125, 180, '2041-01-01']);
});

test('without fields the sentences of the note give the same facts (loan-document-3)', () => {
  const r = run(fixture('loan-document-3.json'), false);
  assert.deepEqual([r.borrower, r.lender, r.loan_amount, r.interest_rate, r.term_months, r.monthly_payment], ['Maria Gonzalez', 'Cedar Credit Union', 544000, 5.125, 180, 4337.42]);
});

test('terms in years, months or both', () => {
  assert.equal(termMonths('20 years (240 months)'), 240);
  assert.equal(termMonths('30 years'), 360);
  assert.equal(termMonths('360 months'), 360);
  assert.equal(termMonths('30-year fixed'), 360);
  assert.equal(termMonths('10 Jahre'), 120);
  assert.equal(termMonths('until repaid'), null);
});

test('a note written as prose: "principal sum of", "30-year fixed", "matures on"', () => {
  const r = fromText(
    'This Note is made by Alex Smith (the "Borrower") in favour of Harbor Bank N.A. (the "Lender"). The principal sum of USD 250,000.00 bears interest at 4.25% per year. ' +
      'This 30-year fixed mortgage requires monthly payments of $1,229.85 and matures on March 1, 2056.',
  );
  assert.deepEqual([r.borrower, r.lender, r.loan_amount, r.interest_rate, r.term_months, r.monthly_payment, r.maturity_date], [
    'Alex Smith',
    'Harbor Bank N.A.',
    250000,
    4.25,
    360,
    1229.85,
    '2056-03-01',
  ]);
});

test('a German loan summary in key-value form', () => {
  const text = 'Darlehensnehmer: Max Mustermann\nDarlehensgeber: Sparkasse Musterstadt\nDarlehensbetrag: 150.000,00 EUR\nSollzinssatz: 3,45 % p.a.\nLaufzeit: 15 Jahre\nMonatliche Rate: 1.071,23 €';
  const lines = text.split('\n').map((t, i) => {
    const [k, v] = t.split(': ');
    const y = 100 + i * 15;
    return { text: t, x0: 56, x1: 400, y, size: 10, block: 0, segments: [{ text: `${k}:`, x0: 56, x1: 150, y, size: 10 }, { text: v, x0: 206, x1: 400, y, size: 10 }] };
  });
  const pages: PageLayout[] = [{ number: 1, width: 595, height: 842, lines, text }];
  const r = run(pages);
  assert.deepEqual([r.borrower, r.lender, r.loan_amount, r.interest_rate, r.term_months, r.monthly_payment], ['Max Mustermann', 'Sparkasse Musterstadt', 150000, 3.45, 180, 1071.23]);
});

test('nothing loan-like gives nulls', () => {
  const r = fromText('Minutes of the meeting. The committee discussed the 2026 budget.');
  assert.deepEqual([r.borrower, r.lender, r.loan_amount, r.interest_rate, r.term_months, r.monthly_payment, r.maturity_date, r.dates], [null, null, null, null, null, null, null, []]);
});
