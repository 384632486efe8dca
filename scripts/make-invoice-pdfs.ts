// Prints the realistic invoice test set to PDF with Chromium and writes its truth.
//   npx tsx scripts/make-invoice-pdfs.ts [--only <name-substring>] [--out <folder>]
// Output: e2e/fixtures/invoices/<name>.pdf and e2e/fixtures/invoices/truth.json.
//
// The set is a measuring stick for the invoice-field extractor on layouts it has never seen: every
// invoice is one data object in scripts/fixtures/invoices/<kind>.ts; the HTML is built from that
// object and so is its truth, so the two cannot disagree. Each module also checks its own
// arithmetic (lines sum to net, net + tax = total) before anything is printed, and this script
// checks every PDF's page count.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { PDFDocument } from 'pdf-lib';
import type { InvoiceDoc } from './fixtures/invoices/common';
import { saasInvoices } from './fixtures/invoices/saas';
import { cloudInvoices } from './fixtures/invoices/cloud';
import { retailInvoices } from './fixtures/invoices/retail';
import { telecomInvoices } from './fixtures/invoices/telecom';
import { freelancerInvoices } from './fixtures/invoices/freelancer';
import { craftsmanInvoices } from './fixtures/invoices/craftsman';
import { frenchInvoices } from './fixtures/invoices/french';
import { dutchInvoices } from './fixtures/invoices/dutch';
import { indianInvoices } from './fixtures/invoices/india';
import { englishInvoices } from './fixtures/invoices/english';
import { creditNotes } from './fixtures/invoices/credit';
import { southernInvoices } from './fixtures/invoices/southern';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function allInvoices(): InvoiceDoc[] {
  const docs = [
    ...saasInvoices(),
    ...cloudInvoices(),
    ...retailInvoices(),
    ...telecomInvoices(),
    ...freelancerInvoices(),
    ...craftsmanInvoices(),
    ...frenchInvoices(),
    ...dutchInvoices(),
    ...indianInvoices(),
    ...englishInvoices(),
    ...creditNotes(),
    ...southernInvoices(),
  ];
  const seen = new Set<string>();
  for (const d of docs) {
    if (seen.has(d.name)) throw new Error(`duplicate invoice name ${d.name}`);
    seen.add(d.name);
  }
  return docs.sort((a, b) => a.name.localeCompare(b.name));
}

const NOTE = [
  'Independent, hand-designed invoice test set (scripts/make-invoice-pdfs.ts); each PDF is printed by Chromium from HTML built from one data object, and this truth comes from the same object.',
  'Amounts are numbers in the invoice currency. grand_total = the invoice total including tax (negative only when the page prints it negative).',
  'due_payable = a separately labelled amount to pay (Amount due, Balance due, Zahlbetrag, Net à payer, Te betalen, Total to pay ...), even when it equals grand_total; null when the page shows no such separate amount. It may differ from grand_total (deposits, previous balance, credits, instalments already paid, withholding tax).',
  'tax_total = all VAT/GST/sales tax of this document, the sum of the tax lines when the page prints one line per rate and no tax total (0 when the page says none is charged: reverse charge, small-business exemption, not VAT registered). net_total = the printed total before tax, null when the page prints none (a SUBTOTAL before a discount is not it). Withholding tax (IRPF) is not tax_total; it only makes due_payable smaller.',
  'issue_date = the invoice (or credit note) date, not order/delivery/service dates. due_date = a due date printed as a date; null when the page gives only terms ("14 days net") or none.',
  'seller = the issuing company\'s (or person\'s) name as printed, the full legal form when the page prints one (a logo-style short name may also appear). buyer = the bill-to addressee\'s first name line, salutation lines ("Herrn", "Firma", "Mr") excluded only when printed on their own line.',
  'seller_vat_id / buyer_vat_id: VAT IDs (USt-IdNr., TVA intracommunautaire, BTW-id, P.IVA, NIF/CIF, GSTIN, UID, CHE-... MWST) as printed, spaces and dots kept, without a leading label ("IE VAT ", "USt-IdNr.") or the Swiss " MWST" suffix; compare ignoring spaces and dots. Tax numbers that are not VAT IDs (German Steuernummer, SIRET, KvK, PAN, US EIN) are never VAT IDs. iban = the seller\'s (payee\'s) IBAN as printed, spaces kept; a buyer\'s IBAN printed for a direct debit is not it; null when only domestic account numbers (UK sort code, Indian A/c + IFSC) are given. All IBANs and most VAT IDs carry valid check digits.',
  'type_code 381 = credit note (Credit Note, Gutschrift/Rechnungskorrektur, Avoir, Creditnota); all others are 380.',
  'meta (outside invoices) says per file the locale, the kind, the page count and the layout traits; it is description, not truth.',
].join(' ');

async function main() {
  const args = process.argv.slice(2);
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
  const outDir = path.resolve(root, args.includes('--out') ? args[args.indexOf('--out') + 1] : 'e2e/fixtures/invoices');
  await mkdir(outDir, { recursive: true });
  const docs = allInvoices();
  const selected = only ? docs.filter((d) => d.name.includes(only)) : docs;

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const problems: string[] = [];
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    // Self-contained pages: anything that tries the network is a bug in a template.
    await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
    for (const doc of selected) {
      await page.setContent(doc.html, { waitUntil: 'load' });
      const file = path.join(outDir, `${doc.name}.pdf`);
      await page.pdf({
        path: file,
        format: doc.paper,
        printBackground: true,
        preferCSSPageSize: false,
        margin: doc.margin,
        displayHeaderFooter: !!(doc.headerTemplate || doc.footerTemplate),
        headerTemplate: doc.headerTemplate ?? '<span></span>',
        footerTemplate: doc.footerTemplate ?? '<span></span>',
      });
      const pages = (await PDFDocument.load(await readFile(file))).getPageCount();
      const flag = pages === doc.meta.pages ? '' : `   <-- expected ${doc.meta.pages} pages`;
      if (flag) problems.push(`${doc.name}: ${pages} pages, expected ${doc.meta.pages}`);
      console.log(`${doc.name}.pdf  ${doc.paper}  ${pages}p  ${doc.truth.language}  ${doc.truth.currency} ${doc.truth.grand_total}${flag}`);
    }
  } finally {
    await browser.close();
  }

  if (!only) {
    const invoices: Record<string, InvoiceDoc['truth']> = {};
    const meta: Record<string, InvoiceDoc['meta'] & { paper: string }> = {};
    for (const d of docs) {
      invoices[`${d.name}.pdf`] = d.truth;
      meta[`${d.name}.pdf`] = { ...d.meta, paper: d.paper };
    }
    await writeFile(path.join(outDir, 'truth.json'), JSON.stringify({ note: NOTE, invoices, meta }, null, 2) + '\n');
    console.log(`${docs.length} invoices, truth.json written to ${path.relative(root, outDir)}`);
  }
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exitCode = 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
