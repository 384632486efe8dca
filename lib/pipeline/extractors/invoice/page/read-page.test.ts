// The invoice read from its page: labelled values in any position, totals settled by their
// arithmetic, dates in the document's order, the parties by their evidence.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Line, PageLayout } from '../../../layout/types';
import { readInvoicePage } from './read-page';

const fixture = (name: string): PageLayout[] => JSON.parse(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8'));
const read = (pages: PageLayout[], language: string | null = null) => readInvoicePage(pages, pages.map((p) => p.text).join('\n\n'), language);

function line(y: number, size: number, ...cells: [string, number][]): Line {
  const segments = cells.map(([text, x]) => ({ text, x0: x, x1: x + text.length * size * 0.5, y, size }));
  return { text: cells.map((c) => c[0]).join(' '), segments, x0: segments[0].x0, x1: segments[segments.length - 1].x1, y, size, block: 0 };
}
const pageOf = (...lines: Line[]): PageLayout[] => [{ number: 1, width: 595, height: 842, lines, text: lines.map((l) => l.text).join('\n') }];
const facts = (d: ReturnType<typeof read>) => ({
  number: d.invoice_number,
  date: d.invoice_date,
  due: d.due_date,
  seller: d.seller,
  buyer: d.buyer,
  currency: d.currency,
  net: d.subtotal,
  tax: d.tax,
  total: d.total,
});

test('an English invoice: number, dates, parties, amounts, currency (invoice-1)', () => {
  const d = read(fixture('invoice-1.json'), 'en');
  assert.deepEqual(facts(d), {
    number: 'INV-2026-5731',
    date: '2026-01-19',
    due: '2026-02-18',
    seller: 'Northwind Traders GmbH',
    buyer: 'Blue Harbor Logistics Ltd.',
    currency: 'USD',
    net: 11076.76,
    tax: 1107.68,
    total: 12184.44,
  });
  assert.equal(d.source, 'page');
  assert.deepEqual(d.checks, [{ check: 'net_plus_tax_is_total', ok: true, detail: '11076.76 + 1107.68 = 12184.44' }]);
  assert.equal(d.evidence.invoice_number?.label, 'Invoice No.');
  assert.equal(d.evidence.total?.page, 1);
});

test('a German invoice: Rechnungsnummer, Fällig am, Kunde, Zwischensumme, MwSt., Gesamtbetrag (invoice-4)', () => {
  assert.deepEqual(facts(read(fixture('invoice-4.json'), 'de')), {
    number: 'INV-2026-2788',
    date: '2026-09-04',
    due: '2026-10-04',
    seller: 'Helios Components AG',
    buyer: 'Riverbend Software BV',
    currency: 'EUR',
    net: 20433.42,
    tax: 3882.35,
    total: 24315.77,
  });
});

test('labels above their values in a header row, values right-aligned below (DIN-style info block)', () => {
  const d = read(
    pageOf(
      line(60, 9, ['Muster Handwerk GmbH · Hauptstraße 8 · 10115 Berlin', 56]),
      line(80, 11, ['Kunden AG', 56]),
      line(94, 11, ['Kundenweg 1', 56]),
      line(108, 11, ['80333 München', 56]),
      line(160, 9, ['Rechnungs-Nr.', 330], ['Datum', 420], ['Kunden-Nr.', 490]),
      line(173, 10, ['RE-2024-0815', 330], ['03.04.2024', 420], ['K-4711', 490]),
      line(300, 10, ['Nettobetrag', 330], ['1.000,00 €', 480]),
      line(314, 10, ['zzgl. 19 % USt.', 330], ['190,00 €', 480]),
      line(328, 10, ['Rechnungsbetrag', 330], ['1.190,00 €', 480]),
    ),
    'de',
  );
  assert.deepEqual(facts(d), { number: 'RE-2024-0815', date: '2024-04-03', due: null, seller: 'Muster Handwerk GmbH', buyer: 'Kunden AG', currency: 'EUR', net: 1000, tax: 190, total: 1190 });
});

test('the arithmetic picks the totals: a generic "Total" over the net loses to "Total TTC", tax lines by rate add up', () => {
  const d = read(
    pageOf(
      line(60, 16, ['Atelier Lumière SARL', 56]),
      line(90, 10, ['Facture N° F-2024-117', 56]),
      line(104, 10, ['Date de facture : 5 avril 2024', 56]),
      line(400, 10, ['Total', 330], ['624,90 €', 480]),
      line(414, 10, ['TVA 20 %', 330], ['16,38 €', 480]),
      line(428, 10, ['TVA 5,5 %', 330], ['29,87 €', 480]),
      line(442, 10, ['Total TTC', 330], ['671,15 €', 480]),
      line(470, 10, ['Net à payer', 330], ['671,15 €', 480]),
    ),
    'fr',
  );
  assert.deepEqual([d.invoice_number, d.invoice_date, d.total, d.subtotal, d.tax, d.currency], ['F-2024-117', '2024-04-05', 671.15, 624.9, 46.25, 'EUR']);
});

test('numbers as Indians, Swiss and the French print them; dates in the document\'s own order', () => {
  const indian = read(pageOf(line(60, 14, ['Shree Ganesh Traders Pvt. Ltd.', 56]), line(90, 10, ['Tax Invoice No: GST/24-25/0193', 56]), line(104, 10, ['Invoice Date: 03/04/2024', 56]), line(400, 10, ['Grand Total', 330], ['₹1,23,456.00', 480])), 'en');
  assert.deepEqual([indian.invoice_number, indian.invoice_date, indian.total, indian.currency], ['GST/24-25/0193', '2024-04-03', 123456, 'INR']);
  const swiss = read(pageOf(line(60, 14, ['Bergbahn Service AG', 56]), line(90, 10, ['Rechnung Nr. 2024-88', 56]), line(400, 10, ['Total CHF', 330], ["1'234.50", 480])), 'de');
  assert.deepEqual([swiss.total, swiss.currency], [1234.5, 'CHF']);
  const us = read(pageOf(line(60, 14, ['Bluebird Hosting LLC', 56]), line(90, 10, ['Invoice #: 7781', 56]), line(104, 10, ['Date: 03/04/2024', 56]), line(400, 10, ['Amount Due', 330], ['$1,234.56', 480])), 'en');
  assert.deepEqual([us.invoice_date, us.total, us.currency], ['2024-03-04', 1234.56, 'USD']);
});

test('a credit note is an invoice with its type noted; its negative total stays as printed', () => {
  const d = read(pageOf(line(60, 14, ['Helios Components AG', 56]), line(90, 16, ['Gutschrift', 56]), line(110, 10, ['Gutschrift-Nr.: GS-17', 56]), line(400, 10, ['Gesamtbetrag', 330], ['-119,00 €', 480])), 'de');
  assert.deepEqual([d.document_type, d.type_code, d.invoice_number, d.total], ['credit_note', '381', 'GS-17', -119]);
});

test('"Amount Due" and "Subtotal"; a VAT number is not the tax; IBAN and VAT ids found', () => {
  const d = read(
    pageOf(
      line(60, 11, ['ACME Tools Ltd.', 56]),
      line(80, 11, ['Invoice #', 56], ['A-1009', 206]),
      line(95, 11, ['VAT No.:', 56], ['GB123456789', 206]),
      line(300, 9, ['Item', 56], ['Qty', 300], ['Amount', 450]),
      line(315, 9, ['Widgets', 56], ['2', 300], ['£100.00', 450]),
      line(330, 9, ['Subtotal', 56], ['£100.00', 450]),
      line(345, 9, ['VAT 20%', 56], ['£20.00', 450]),
      line(360, 9, ['Total', 56], ['£120.00', 450]),
      line(380, 11, ['Amount Due:', 56], ['£120.00', 206]),
      line(700, 8, ['IBAN: GB82 WEST 1234 5698 7654 32', 56]),
    ),
    'en',
  );
  assert.deepEqual([d.invoice_number, d.seller, d.subtotal, d.tax, d.total, d.amount_due, d.currency], ['A-1009', 'ACME Tools Ltd.', 100, 20, 120, 120, 'GBP']);
  assert.equal(d.seller_details.vat_id, 'GB123456789');
  assert.equal(d.payment.iban, 'GB82WEST12345698765432');
});

test('nothing invoice-like gives nulls, not guesses', () => {
  const d = read(pageOf(line(80, 10, ['Minutes of the meeting held on Tuesday.', 56])));
  assert.deepEqual(facts(d), { number: null, date: null, due: null, seller: null, buyer: null, currency: null, net: null, tax: null, total: null });
});

test('hostile pages end in good time: a 200,000-character line of words, and 20,000 label cells', () => {
  // CPU time of this process, not the wall clock: a busy machine does not fail it.
  const started = process.cpuUsage();
  const long = read(pageOf(line(100, 10, ['Rechnung Nr. 4711', 40]), line(120, 10, ['Kunden AG ' + 'Ab '.repeat(66_000), 40])));
  assert.equal(long.invoice_number, '4711');
  const labels = ['Total', 'Datum', 'Rechnung Nr.', 'Kunde', 'Summe'];
  const many: Line[] = [];
  for (let r = 0; r < 1000; r++) many.push(line(20 + r * 0.8, 0.5, ...Array.from({ length: 20 }, (_, k): [string, number] => [labels[(r + k) % 5], 20 + k * 28])));
  read(pageOf(...many));
  // Before the caps these took 45 s and 17 s; the bound only catches a return of that.
  const used = process.cpuUsage(started);
  const ms = (used.user + used.system) / 1000;
  assert.ok(ms < 10_000, `took ${Math.round(ms)} ms of CPU`);
});
