import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { dateOrder } from './date-order';
import { detectEntities, isValidIban, scanDates, scanMoney } from './entities';

const corpus: { number: number; text: string }[] = JSON.parse(readFileSync(new URL('./fixtures/entities-corpus.json', import.meta.url), 'utf8'));
const on = (page: number) => detectEntities(corpus.filter((p) => p.number === page));
const one = (text: string) => detectEntities([{ number: 1, text }]);

test('an invoice: dates, amounts (not the quantities before them), percent, e-mail, phone, IBAN (invoice-1)', () => {
  const e = on(1);
  assert.deepEqual(
    e.dates.map((d) => [d.text, d.normalized]),
    [
      ['January 19, 2026', '2026-01-19'],
      ['February 18, 2026', '2026-02-18'],
    ],
  );
  assert.equal(e.money.length, 11);
  assert.ok(e.money.every((m) => m.text.startsWith('$')));
  assert.deepEqual(e.money.at(-1), { text: '$12,184.44', page: 1, normalized: { type: 'money', amount: 12184.44, currency: 'USD' } });
  assert.deepEqual(e.percentages, [{ text: '10%', page: 1, normalized: { type: 'percent', value: 10 } }]);
  assert.deepEqual(e.emails, [{ text: 'billing@northwind.example.com', page: 1, normalized: 'billing@northwind.example.com' }]);
  assert.deepEqual(e.phones, [{ text: '+1 (555) 013-2244', page: 1, normalized: '+15550132244' }]);
  assert.deepEqual(e.ibans, [{ text: 'GB29 NWBK 6016 1331 9268 19', page: 1, normalized: 'GB29NWBK60161331926819' }]);
  assert.deepEqual(e.urls, []);
});

test('a German invoice: the IBAN stops before the BIC; no phone from the bank details (invoice-4)', () => {
  const e = on(2);
  assert.deepEqual(e.ibans.map((i) => i.normalized), ['DE89370400440532013000']);
  assert.deepEqual(e.phones, []);
  assert.deepEqual(e.money.map((m) => m.text), ['€3,882.35', '€24,315.77']);
  assert.deepEqual(e.dates.map((d) => d.normalized), ['2026-09-04', '2026-10-04']);
});

test('a bank statement: ISO dates once each, account numbers and table figures are not phones (bank-statement-1)', () => {
  const e = on(3);
  assert.deepEqual(e.dates.map((d) => d.normalized), ['2026-05-01', '2026-05-28', '2026-05-02', '2026-05-03']);
  assert.deepEqual(e.phones, []);
  assert.deepEqual(e.ibans.map((i) => i.normalized), ['DE44500105175407324931']);
  assert.deepEqual(e.money.map((m) => m.text), ['$5,630.93', '$19,797.14']);
});

test('a datasheet: part numbers and ratings are not phones, dates or money (datasheet-1)', () => {
  const e = on(4);
  assert.deepEqual([e.dates, e.money, e.phones, e.ibans], [[], [], [], []]);
  assert.deepEqual(e.percentages.map((p) => p.text), ['100%']);
});

test('phone numbers in international and US formats, not dates, plain numbers or codes', () => {
  const e = one('Call +49 (0)30 1234567, +44 20 7946 0958, (555) 013-2244 or 555.013.2244; Tel.: 030 123456. Order 1234567890, date 12/31/2026, 2026-05-01, account 3140-463712, part IPX60R190P7.');
  assert.deepEqual(
    e.phones.map((p) => [p.text, p.normalized]),
    [
      ['+49 (0)30 1234567', '+49301234567'],
      ['+44 20 7946 0958', '+442079460958'],
      ['(555) 013-2244', '5550132244'],
      ['555.013.2244', '5550132244'],
      ['030 123456', '030123456'],
    ],
  );
});

test('IBANs are checked with mod 97 and cut to their country length', () => {
  assert.equal(isValidIban('DE89370400440532013000'), true);
  assert.equal(isValidIban('DE89370400440532013001'), false);
  assert.equal(isValidIban('GB29NWBK6016133192681'), false);
  const e = one('Pay to FR14 2004 1010 0505 0001 3M02 606 or DE89370400440532013000, not DE89 3704 0044 0532 0130 01.');
  assert.deepEqual(e.ibans.map((i) => i.normalized), ['FR1420041010050500013M02606', 'DE89370400440532013000']);
});

test('URLs and e-mails: trailing punctuation dropped, e-mails lower-cased', () => {
  const e = one('See https://example.com/a?b=1. Or www.gnu.org/software/libtasn1, <https://www.gnu.org/gethelp/>. Mail John.Doe@Example.COM.');
  assert.deepEqual(e.urls.map((u) => u.text), ['https://example.com/a?b=1', 'www.gnu.org/software/libtasn1', 'https://www.gnu.org/gethelp/']);
  assert.deepEqual(e.emails.map((m) => m.normalized), ['john.doe@example.com']);
});

test('dates in running text: month names in four languages; version numbers and fractions are not dates', () => {
  const found = scanDates('Signed 3 mars 2026 and 19. Januar 2026, el 5 de mayo de 2026, on Jan 19 2026; see section 1.2.10, v2.10.2026-rc and 2/3 cups.');
  assert.deepEqual(found.map((d) => d.iso), ['2026-03-03', '2026-01-19', '2026-05-05', '2026-01-19']);
});

test('money in running text: codes and symbols either side, European format, negatives in parentheses', () => {
  const found = scanMoney('Fees of 1.234,56 € and EUR 1.500, a credit of ($1,234.00), USD 12 and 500 Euro; 12 items at $3.50.');
  assert.deepEqual(
    found.map((m) => [m.text, m.amount, m.currency]),
    [
      ['1.234,56 €', 1234.56, 'EUR'],
      ['EUR 1.500', 1500, 'EUR'],
      ['($1,234.00)', -1234, 'USD'],
      ['USD 12', 12, 'USD'],
      ['500 Euro', 500, 'EUR'],
      ['$3.50', 3.5, 'USD'],
    ],
  );
});

test('money as French invoices print it: space-grouped thousands, a price before a percentage; never the tail of an amount', () => {
  const found = scanMoney('SARL au capital de 120 000,00 € – Bouteille 75cl 12 4,55 € 10% 49,14 € ; 40 Unit(s) 3,20 € 128,00 € ; total 1 234,50 EUR');
  assert.deepEqual(
    found.map((m) => [m.text, m.amount, m.currency]),
    [
      ['120 000,00 €', 120000, 'EUR'],
      ['4,55 €', 4.55, 'EUR'],
      ['49,14 €', 49.14, 'EUR'],
      ['3,20 €', 3.2, 'EUR'],
      ['128,00 €', 128, 'EUR'],
      ['1 234,50 EUR', 1234.5, 'EUR'],
    ],
  );
  assert.deepEqual(
    scanMoney('Net 000,00 € and 05 €').map((m) => m.text),
    [],
  );
});

test('a quantity and a price in cells side by side stay two numbers; a long run of digit groups is scanned in linear time', () => {
  const cell = (text: string) => ({ text });
  const row = (...cells: string[]) => ({ segments: cells.map(cell) });
  const page = { number: 1, text: 'Article A 1 250,00 € 250,00 €', lines: [row('Article A', '1', '250,00 €', '250,00 €'), row('Capital 120 000,00 €')] };
  assert.deepEqual(
    detectEntities([page]).money.map((m) => m.normalized),
    [
      { type: 'money', amount: 250, currency: 'EUR' },
      { type: 'money', amount: 120000, currency: 'EUR' },
    ],
  );
  for (const run of ['123 '.repeat(40_000), '123,'.repeat(40_000), `1${' 234'.repeat(40_000)},00 €`]) {
    const started = performance.now();
    scanMoney(run);
    assert.ok(performance.now() - started < 500, `${run.slice(0, 12)}… took ${Math.round(performance.now() - started)} ms`);
  }
});

test('ambiguous numeric dates are read in the document\'s order: day first in a French invoice', () => {
  const text = 'Date de facture 31/10/2017 · Date d\'échéance 05/12/2017 · Livraison 05/11/2017';
  assert.equal(dateOrder(text, 'fr'), 'dmy');
  assert.deepEqual(
    detectEntities([{ number: 1, text }], dateOrder(text, 'fr')).dates.map((d) => d.normalized),
    ['2017-10-31', '2017-12-05', '2017-11-05'],
  );
  // Without a known order "/" still reads month first, as before (US documents); an English text
  // with neither deciding dates nor a currency has no known order.
  assert.deepEqual(
    scanDates('Due 05/12/2017').map((d) => d.iso),
    ['2017-05-12'],
  );
  assert.equal(dateOrder('Rev. 05/12/2017', null), null);
});

test('identical text is reported once per page; each list is capped at 200', () => {
  const e = detectEntities([
    { number: 1, text: 'a@b.de a@b.de' },
    { number: 2, text: 'a@b.de' },
  ]);
  assert.deepEqual(e.emails.map((m) => m.page), [1, 2]);
  const many = Array.from({ length: 300 }, (_, i) => `${i}%`).join(' ');
  assert.equal(one(many).percentages.length, 200);
});
