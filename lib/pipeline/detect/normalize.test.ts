import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeValue, parseDate, parseMoney, parseNumber, parseNumberWithUnit, parsePercent } from './normalize';

test('dates in ISO, numeric and month-name forms, English, German, French and Spanish', () => {
  const cases: [string, string][] = [
    ['2026-01-31', '2026-01-31'],
    ['31.01.2026', '2026-01-31'],
    ['01/31/2026', '2026-01-31'],
    ['31/01/2026', '2026-01-31'],
    ['January 19, 2026', '2026-01-19'],
    ['19 January 2026', '2026-01-19'],
    ['Jan 19 2026', '2026-01-19'],
    ['Jan. 19th, 2026', '2026-01-19'],
    ['Monday, January 19, 2026', '2026-01-19'],
    ['19-Jan-2026', '2026-01-19'],
    ['19. Januar 2026', '2026-01-19'],
    ['4. März 2026', '2026-03-04'],
    ['3 mars 2026', '2026-03-03'],
    ['1er août 2026', '2026-08-01'],
    ['3 de marzo de 2026', '2026-03-03'],
    ['2026-01-31T10:00:00Z', '2026-01-31'],
    ['31. 01. 2026', '2026-01-31'],
  ];
  for (const [raw, iso] of cases) assert.equal(parseDate(raw), iso, raw);
});

test('ambiguous numeric dates: "/" reads month first, "." day first, "-" only when a part is over 12', () => {
  assert.equal(parseDate('02/03/2026'), '2026-02-03');
  assert.equal(parseDate('02.03.2026'), '2026-03-02');
  assert.equal(parseDate('02-03-2026'), null);
  assert.equal(parseDate('31-01-2026'), '2026-01-31');
});

test('impossible or partial dates are not dates', () => {
  for (const raw of ['31.02.2026', '2026-13-01', 'January 2026', '13/13/2026', '1.2.3', 'Q3 2026', '19 Foo 2026']) assert.equal(parseDate(raw), null, raw);
});

test('money with symbols and codes before or after, European format, negatives', () => {
  assert.deepEqual(parseMoney('$250,000.00'), { amount: 250000, currency: 'USD' });
  assert.deepEqual(parseMoney('1.234,56 €'), { amount: 1234.56, currency: 'EUR' });
  assert.deepEqual(parseMoney('€7,598.87'), { amount: 7598.87, currency: 'EUR' });
  // A currency of thousandths: three decimals are decimals.
  assert.deepEqual(parseMoney('KWD 1.250'), { amount: 1.25, currency: 'KWD' });
  assert.deepEqual(parseMoney('12,500.750 BHD'), { amount: 12500.75, currency: 'BHD' });
  assert.deepEqual(parseMoney('EUR 1.500'), { amount: 1500, currency: 'EUR' });
  assert.deepEqual(parseMoney('USD 1,234.56'), { amount: 1234.56, currency: 'USD' });
  assert.deepEqual(parseMoney('1,234.56 GBP'), { amount: 1234.56, currency: 'GBP' });
  assert.deepEqual(parseMoney("CHF 1'234.50"), { amount: 1234.5, currency: 'CHF' });
  assert.deepEqual(parseMoney('EUR 1.500'), { amount: 1500, currency: 'EUR' });
  assert.deepEqual(parseMoney('1.500,- €'), { amount: 1500, currency: 'EUR' });
  assert.deepEqual(parseMoney('£12'), { amount: 12, currency: 'GBP' });
  assert.deepEqual(parseMoney('($1,234.00)'), { amount: -1234, currency: 'USD' });
  assert.deepEqual(parseMoney('-$50'), { amount: -50, currency: 'USD' });
  assert.deepEqual(parseMoney('500 Euro'), { amount: 500, currency: 'EUR' });
});

test('an amount without a currency, or a malformed one, is not money', () => {
  for (const raw of ['12,184.44', '$', '$1,23,4', 'USD', '$12 and $13', 'PO-53294']) assert.equal(parseMoney(raw), null, raw);
});

test('numbers: grouping and decimal separators', () => {
  assert.equal(parseNumber('1,080'), 1080);
  assert.equal(parseNumber('0,22'), 0.22);
  assert.equal(parseNumber('1.234.567,8'), 1234567.8);
  assert.equal(parseNumber('1.500'), 1.5);
  assert.equal(parseNumber('1.500', true), 1500);
  assert.equal(parseNumber('12,34,56'), null);
  assert.equal(parseNumber('1,2.3'), null);
});

test('percentages, with the usual words after them', () => {
  assert.equal(parsePercent('6.5%'), 6.5);
  assert.equal(parsePercent('6,5 %'), 6.5);
  assert.equal(parsePercent('6.5% per annum (fixed)'), 6.5);
  assert.equal(parsePercent('18.9% APR'), 18.9);
  assert.equal(parsePercent('19 Prozent'), 19);
  assert.equal(parsePercent('6.5% of the overdue payment'), null);
});

test('numbers with units, from datasheets and loan terms', () => {
  assert.deepEqual(parseNumberWithUnit('600 V'), { value: 600, unit: 'V' });
  assert.deepEqual(parseNumberWithUnit('0.22 Ω'), { value: 0.22, unit: 'Ω' });
  assert.deepEqual(parseNumberWithUnit('25 nC'), { value: 25, unit: 'nC' });
  assert.deepEqual(parseNumberWithUnit('1080 pF'), { value: 1080, unit: 'pF' });
  assert.deepEqual(parseNumberWithUnit('3.5 kg'), { value: 3.5, unit: 'kg' });
  assert.deepEqual(parseNumberWithUnit('125 °C/W'), { value: 125, unit: '°C/W' });
  assert.deepEqual(parseNumberWithUnit('30 days'), { value: 30, unit: 'days' });
  assert.deepEqual(parseNumberWithUnit('360 months'), { value: 360, unit: 'months' });
  assert.deepEqual(parseNumberWithUnit('4711'), { value: 4711, unit: null });
});

test('normalizeValue picks the kind, and gives up on ranges, codes, addresses and prose', () => {
  assert.deepEqual(normalizeValue('January 19, 2026'), { type: 'date', value: '2026-01-19' });
  assert.deepEqual(normalizeValue('$12,184.44'), { type: 'money', amount: 12184.44, currency: 'USD' });
  assert.deepEqual(normalizeValue('6.5% per annum (fixed)'), { type: 'percent', value: 6.5 });
  assert.deepEqual(normalizeValue('430 W'), { type: 'number', value: 430, unit: 'W' });
  const none = ['INV-2026-5731', 'PO-53294', '3140-463712', '0532', '-55 to 150', '±20', '5 to 40 °C', '220-240 V AC, 50/60 Hz', '320 x 210 x 150 mm', '2026-05-01 to 2026-05-28', 'Net 30', '12 Harbour Road, Bristol BS1 4RN', 'DE44 5001 0517 5407 3249 31', '+1 (555) 013-2244', 'Jane Doe', ''];
  for (const raw of none) assert.equal(normalizeValue(raw), null, raw);
});
