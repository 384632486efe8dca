import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { detectFields } from '../detect/fields';
import type { Line, PageLayout } from '../layout/types';
import type { Table } from '../types';
import { extractInvoice } from './invoice';

const fixture = (name: string): PageLayout[] => JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));
const run = (pages: PageLayout[], tables: Table[] = [], withFields = true) =>
  extractInvoice({ pages, text: pages.map((p) => p.text).join('\n\n'), fields: withFields ? detectFields(pages) : [], tables });

function line(y: number, size: number, ...cells: [string, number][]): Line {
  const segments = cells.map(([text, x]) => ({ text, x0: x, x1: x + text.length * size * 0.5, y, size }));
  return { text: cells.map((c) => c[0]).join(' '), segments, x0: segments[0].x0, x1: segments[segments.length - 1].x1, y, size, block: 0 };
}
const pageOf = (...lines: Line[]): PageLayout[] => [{ number: 1, width: 612, height: 792, lines, text: lines.map((l) => l.text).join('\n') }];

test('an English invoice: number, dates, parties, amounts, currency (invoice-1)', () => {
  assert.deepEqual(run(fixture('invoice-1.json')), {
    type: 'invoice',
    invoice_number: 'INV-2026-5731',
    invoice_date: '2026-01-19',
    due_date: '2026-02-18',
    seller: 'Northwind Traders GmbH',
    buyer: 'Blue Harbor Logistics Ltd.',
    currency: 'USD',
    subtotal: 11076.76,
    tax: 1107.68,
    total: 12184.44,
  });
});

test('a German invoice: Rechnungsnummer, Fällig am, Kunde, Zwischensumme, MwSt., Gesamtbetrag (invoice-4)', () => {
  assert.deepEqual(run(fixture('invoice-4.json')), {
    type: 'invoice',
    invoice_number: 'INV-2026-2788',
    invoice_date: '2026-09-04',
    due_date: '2026-10-04',
    seller: 'Helios Components AG',
    buyer: 'Riverbend Software BV',
    currency: 'EUR',
    subtotal: 20433.42,
    tax: 3882.35,
    total: 24315.77,
  });
});

test('without detected fields the layout rows and the text still give the facts (invoice-1)', () => {
  const r = run(fixture('invoice-1.json'), [], false);
  assert.equal(r.invoice_number, 'INV-2026-5731');
  assert.equal(r.total, 12184.44);
  assert.equal(r.currency, 'USD');
  assert.equal(r.buyer, 'Blue Harbor Logistics Ltd.');
  assert.equal(r.invoice_date, '2026-01-19');
});

test('"Amount Due" wins over "Total" and "Subtotal"; a tax ID is not the tax; a total row of a table counts', () => {
  const pages = pageOf(
    line(60, 11, ['ACME Tools Ltd.', 56]),
    line(80, 11, ['Invoice #', 56], ['A-1009', 206]),
    line(95, 11, ['VAT No.:', 56], ['GB123456789', 206]),
    line(300, 9, ['Item', 56], ['Qty', 300], ['Amount', 450]),
    line(315, 9, ['Widgets', 56], ['2', 300], ['£100.00', 450]),
    line(330, 9, ['Subtotal', 56], ['£100.00', 450]),
    line(345, 9, ['VAT 20%', 56], ['£20.00', 450]),
    line(360, 9, ['Total', 56], ['£120.00', 450]),
    line(380, 11, ['Amount Due:', 56], ['£120.00', 206]),
  );
  const r = run(pages);
  assert.equal(r.invoice_number, 'A-1009');
  assert.equal(r.seller, 'ACME Tools Ltd.');
  assert.deepEqual([r.subtotal, r.tax, r.total, r.currency], [100, 20, 120, 'GBP']);
});

test('a table from the table detector: the "Gesamt" row gives the total, in euros', () => {
  const pages = pageOf(line(60, 16, ['Muster GmbH', 56]), line(90, 10, ['Rechnungs-Nr.:', 56], ['2026/0042', 206]));
  const table: Table = { page: 1, bbox: [56, 300, 550, 400], kind: 'ruled', header: ['Pos', 'Text', 'Betrag'], rows: [['1', 'Beratung', '1.000,00 €'], ['Gesamt', '', '1.190,00 €']] };
  const r = run(pages, [table]);
  assert.deepEqual([r.invoice_number, r.total, r.currency, r.seller], ['2026/0042', 1190, 'EUR', 'Muster GmbH']);
});

test('nothing invoice-like gives nulls, not guesses', () => {
  const r = run(pageOf(line(80, 10, ['Minutes of the meeting held on Tuesday.', 56])));
  assert.deepEqual([r.invoice_number, r.invoice_date, r.due_date, r.buyer, r.currency, r.subtotal, r.tax, r.total], [null, null, null, null, null, null, null, null]);
});
