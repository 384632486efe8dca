// Invoices through the real server: a Factur-X / ZUGFeRD PDF from the shared corpus is read from
// the XML it carries (exact, every value marked embedded_xml); the same file with its attachment
// removed is read from its page (each value with its page and label); a UBL (XRechnung) attachment
// is read too; a hostile XML (external entity) is refused with a warning and the page read instead.
// The summary's key data columns carry the invoice's number, date, total and seller.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { JobDetail } from '../../lib/jobs/get-job';
import type { InvoiceData } from '../../lib/pipeline/types';
import type { BatchSummaryReport } from '../../lib/export/summary';
import { stripAttachments } from '../../scripts/support/strip-attachments';
import { getJson, uploadBatch, waitForBatch } from '../support/api';
import { generatedCorpus, generatedDir } from '../support/pdfs';
import { projectRoot, removeDataDir, startServer, type TestServer } from '../support/server';

const CORPUS = path.resolve(projectRoot, '..', 'shared', 'corpus', 'invoices');

describe('e-invoices', () => {
  let server: TestServer;
  let invoices: Map<string, InvoiceData>;
  let warnings: Map<string, string[]>;
  let batchId: string;

  before(async () => {
    await generatedCorpus();
    server = await startServer();
    const facturX = await readFile(path.join(CORPUS, 'Facture_FR_EN16931.pdf'));
    const { status, body } = await uploadBatch(server.url, [
      { path: path.join(CORPUS, 'Facture_FR_EN16931.pdf') },
      { name: 'Facture_FR_page_only.pdf', content: Buffer.from(await stripAttachments(new Uint8Array(facturX))) },
      { path: path.join(CORPUS, 'ZUGFeRD_1p0_COMFORT_Einfach.pdf') },
      { path: path.join(generatedDir, 'e-invoice-ubl.pdf') },
      { path: path.join(generatedDir, 'e-invoice-hostile-xml.pdf') },
    ]);
    assert.equal(status, 201, JSON.stringify(body));
    batchId = body.batch_id;
    const batch = await waitForBatch(server.url, batchId, 120_000);
    assert.equal(batch.status, 'completed', JSON.stringify(batch.jobs.map((j) => [j.filename, j.status, j.error])));
    invoices = new Map();
    warnings = new Map();
    for (const job of batch.jobs) {
      const { body: detail } = await getJson<JobDetail>(server.url, `/api/jobs/${job.job_id}`);
      assert.equal(detail.result?.classification?.final_category, 'invoice', job.filename);
      assert.equal(detail.result?.domain?.type, 'invoice', job.filename);
      invoices.set(job.filename, detail.result?.domain as InvoiceData);
      warnings.set(job.filename, detail.result?.warnings ?? []);
    }
  });
  after(async () => {
    await server?.stop();
    await removeDataDir(server.dataDir);
  });

  test('Factur-X: every value from the embedded XML, exact, with line items, payment and VAT ids', () => {
    const d = invoices.get('Facture_FR_EN16931.pdf')!;
    assert.equal(d.source, 'embedded_xml');
    assert.deepEqual(d.e_invoice, { syntax: 'CII', format: 'Factur-X', profile: 'urn:cen.eu:en16931:2017', file: 'factur-x.xml' });
    assert.deepEqual(
      [d.invoice_number, d.invoice_date, d.due_date, d.currency, d.total, d.amount_due, d.tax, d.subtotal, d.seller, d.buyer],
      ['FA-2017-0010', '2017-11-13', '2017-12-13', 'EUR', 671.15, 470.15, 46.25, 624.9, 'Au bon moulin', 'Ma jolie boutique'],
    );
    assert.equal(d.seller_details.vat_id, 'FR11999999998');
    assert.equal(d.buyer_details.vat_id, 'FR19787878784');
    assert.equal(d.payment.iban, 'FR2012421242124212421242124');
    assert.equal(d.line_items.length, 3);
    assert.ok(d.checks.every((c) => c.ok), JSON.stringify(d.checks));
    assert.equal(d.evidence.total?.source, 'embedded_xml');
  });

  test('the same invoice without its XML: the same key data from the page, each value with its page and label', () => {
    const d = invoices.get('Facture_FR_page_only.pdf')!;
    assert.equal(d.source, 'page');
    assert.equal(d.e_invoice, null);
    assert.deepEqual(
      [d.invoice_number, d.invoice_date, d.due_date, d.currency, d.total, d.amount_due, d.tax, d.subtotal, d.buyer],
      ['FA-2017-0010', '2017-11-13', '2017-12-13', 'EUR', 671.15, 470.15, 46.25, 624.9, 'Ma jolie boutique'],
    );
    assert.match(d.seller ?? '', /^Au bon moulin/);
    assert.deepEqual(d.evidence.total, { source: 'page', page: 1, label: 'Total TTC', text: '671,15 €' });
    assert.deepEqual(d.checks, [{ check: 'net_plus_tax_is_total', ok: true, detail: '624.90 + 46.25 = 671.15' }]);
  });

  test('ZUGFeRD 1 and a UBL (XRechnung) attachment are read from their XML', () => {
    const z1 = invoices.get('ZUGFeRD_1p0_COMFORT_Einfach.pdf')!;
    assert.deepEqual([z1.source, z1.e_invoice?.format, z1.invoice_number, z1.total, z1.seller], ['embedded_xml', 'ZUGFeRD 1', '471102', 529.87, 'Lieferant GmbH']);
    const ubl = invoices.get('e-invoice-ubl.pdf')!;
    assert.deepEqual([ubl.source, ubl.e_invoice?.syntax, ubl.e_invoice?.format, ubl.invoice_number, ubl.total, ubl.buyer], ['embedded_xml', 'UBL', 'XRechnung', 'XR-2026-0042', 1487.5, 'Stadtwerke Musterstadt']);
  });

  test('a hostile XML is not read: a warning says why, and the page gives the invoice', () => {
    const d = invoices.get('e-invoice-hostile-xml.pdf')!;
    assert.equal(d.source, 'page');
    assert.deepEqual([d.invoice_number, d.total, d.currency], ['XR-2026-0043', 1487.5, 'EUR']);
    assert.ok(
      warnings.get('e-invoice-hostile-xml.pdf')!.some((w) => /factur-x\.xml.*was not used.*DOCTYPE/.test(w)),
      JSON.stringify(warnings.get('e-invoice-hostile-xml.pdf')),
    );
  });

  test('the batch summary carries each invoice\'s number, date, total, currency and seller', async () => {
    const { status, body } = await getJson<BatchSummaryReport>(server.url, `/api/batches/${batchId}/summary`);
    assert.equal(status, 200);
    const row = body.documents.find((d) => d.filename === 'Facture_FR_EN16931.pdf')!;
    assert.deepEqual([row.invoice_number, row.invoice_date, row.invoice_total, row.currency, row.seller, row.buyer], ['FA-2017-0010', '2017-11-13', 671.15, 'EUR', 'Au bon moulin', 'Ma jolie boutique']);
  });
});
