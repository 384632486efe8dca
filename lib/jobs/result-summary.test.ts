// Key fields picked for the batch results table, and categories in words.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emptyInvoice } from '../pipeline/extractors/invoice/embedded/common';
import { categoryLabel, confidenceLevel, keyFieldsOf } from './result-summary';

const field = (key: string, value: string) => ({ key, value, page: 1, normalized: null });

test('a datasheet shows its first two part numbers and how many more', () => {
  assert.deepEqual(keyFieldsOf({ type: 'datasheet', part_numbers: ['IPX60R190P7', 'IPA60R190P7', 'IPW60R190P7'], packages: [], key_ratings: [] }, []), [
    { label: 'Part numbers', value: 'IPX60R190P7, IPA60R190P7 +1 more' },
  ]);
});

test('a loan document shows borrower, amount and rate, skipping what was not found', () => {
  const loan = { type: 'loan_document' as const, borrower: 'Jane Roe', lender: null, loan_amount: 250000, interest_rate: 4.25, term_months: null, monthly_payment: null, maturity_date: null };
  assert.deepEqual(keyFieldsOf(loan, []), [
    { label: 'Borrower', value: 'Jane Roe' },
    { label: 'Loan amount', value: '250,000.00' },
    { label: 'Interest rate', value: '4.25%' },
  ]);
});

test('without domain data (or with an empty one) the first fields stand in, long values cut', () => {
  const { line_items: _l, evidence: _e, checks: _c, ...empty } = emptyInvoice();
  const fields = [field('Account', '12-34'), field('Note', 'x'.repeat(100)), field('A', '1'), field('B', '2')];
  const keys = keyFieldsOf(empty, fields);
  assert.equal(keys.length, 3);
  assert.deepEqual(keys[0], { label: 'Account', value: '12-34' });
  assert.equal(keys[1].value.length, 60);
  assert.deepEqual(keyFieldsOf(null, []), []);
});

test('an invoice shows its number, total with currency, date and seller; a credit note says so', () => {
  const { line_items: _l, evidence: _e, checks: _c, ...invoice } = { ...emptyInvoice(), invoice_number: 'FA-2017-0010', total: 671.15, currency: 'EUR', invoice_date: '2017-11-13', seller: 'Au bon moulin' };
  assert.deepEqual(keyFieldsOf(invoice, []), [
    { label: 'Invoice number', value: 'FA-2017-0010' },
    { label: 'Total', value: '671.15 EUR' },
    { label: 'Date', value: '2017-11-13' },
    { label: 'Seller', value: 'Au bon moulin' },
  ]);
  assert.equal(keyFieldsOf({ ...invoice, document_type: 'credit_note' }, [])[0].label, 'Credit note');
});

test('categories in words, unknown ones tidied', () => {
  assert.equal(categoryLabel('loan_document'), 'Loan document');
  assert.equal(categoryLabel('purchase_order'), 'Purchase order');
});

test('key fields leave out fields on running headers and footers; confidence reads as a word', () => {
  const footer = { key: 'Confidential', value: 'ACME', page: 1, normalized: null, repeated: true as const };
  const own = { key: 'Project', value: 'Falcon', page: 1, normalized: null };
  assert.deepEqual(keyFieldsOf(null, [footer, own]), [{ label: 'Project', value: 'Falcon' }]);
  assert.deepEqual([0.88, 0.7, 0.69, 0.4, 0.39, 0.29, 0.12, 0].map(confidenceLevel), ['high', 'high', 'medium', 'medium', 'low', 'low', 'low', 'low']);
});
