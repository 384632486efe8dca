// Generates the hold-out invoice corpus: about forty invoices from many countries, kinds and PDF
// producers (Chromium printing HTML, LibreOffice converting flat ODF/HTML, pdf-lib drawing at
// absolute positions), and truth.json with the fields a reader would take from each page.
// It is kept apart from the corpus the extractor is tuned on and is meant to be measured once.
//   npx tsx scripts/make-holdout-invoices.ts [--only name,name] [--out dir]
// Needs Chromium at /usr/bin/chromium (through Playwright), LibreOffice (soffice) and poppler's
// pdftotext (for the self-check that every truth value is printed on its page).
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium } from 'playwright';
import { norm, type HoldoutInvoice, type Truth } from './fixtures/invoices-holdout/common';
import { englishInvoices } from './fixtures/invoices-holdout/english';
import { germanInvoices } from './fixtures/invoices-holdout/german';
import { frenchInvoices } from './fixtures/invoices-holdout/french';
import { dutchInvoices } from './fixtures/invoices-holdout/dutch';
import { southernInvoices } from './fixtures/invoices-holdout/southern';
import { erpInvoices } from './fixtures/invoices-holdout/erp';

const run = promisify(execFile);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const NOTE =
  'Hold-out invoices, designed apart from the tuning corpus; measure once. Conventions: grand_total is the ' +
  'invoice total including tax as printed (before deducting deposits, advance payments or payments already ' +
  'made; for Spanish invoices with IRPF withholding it is the printed "Total factura", i.e. after the ' +
  'withholding). due_payable is the amount the page labels as still to pay (amount due, balance, Nachzahlung, ' +
  'reste à payer, te betalen, do zapłaty, total a pagar); it may equal the total, or be 0.00 where a printed ' +
  'balance shows the bill paid; null when no amount is labelled as due or payable. tax_total is the sum of the ' +
  'VAT/GST/sales tax/insurance tax amounts printed (withholding taxes excluded), null when no tax amount is ' +
  'printed. net_total is the printed amount before tax (the tax base after discounts and charges) that with ' +
  'tax_total makes up grand_total (apart from a printed rounding line, as on the Indian invoice), null when no ' +
  'such amount is printed. Amounts are negative only where the page prints them negative. seller is the issuer name as ' +
  'printed; buyer is the first line of the addressee block that names the addressee, as printed (a ' +
  'salutation line of its own such as "Herrn" or "Firma" is not counted).';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const onlyArg = args.indexOf('--only');
  const only = onlyArg >= 0 ? new Set(args[onlyArg + 1].split(',')) : null;
  const outArg = args.indexOf('--out');
  const out = outArg >= 0 ? path.resolve(args[outArg + 1]) : path.join(root, 'e2e/fixtures/invoices-holdout');

  const all: HoldoutInvoice[] = [
    ...englishInvoices(),
    ...germanInvoices(),
    ...frenchInvoices(),
    ...dutchInvoices(),
    ...southernInvoices(),
    ...erpInvoices(),
  ];
  const names = new Set<string>();
  for (const inv of all) {
    if (names.has(inv.name)) throw new Error('duplicate invoice name ' + inv.name);
    names.add(inv.name);
  }
  const todo = only ? all.filter((i) => only.has(i.name)) : all;
  await mkdir(out, { recursive: true });
  const work = await mkdtemp(path.join(tmpdir(), 'holdout-'));

  try {
    // Chromium
    const chromeJobs = todo.filter((i) => i.page.producer === 'chromium');
    if (chromeJobs.length) {
      const browser = await chromium.launch({
        executablePath: '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      });
      try {
        const page = await browser.newPage();
        for (const inv of chromeJobs) {
          if (inv.page.producer !== 'chromium') continue;
          const p = inv.page;
          await page.setContent(p.html, { waitUntil: 'load' });
          let height = p.height;
          if (height === 'fit') {
            const px = await page.evaluate(() => document.documentElement.scrollHeight);
            height = `${Math.ceil(px) + 4}px`;
          }
          const pdf = await page.pdf({
            printBackground: true,
            preferCSSPageSize: !p.width,
            width: p.width,
            height: height,
            displayHeaderFooter: !!p.footer,
            headerTemplate: p.footer ? '<span></span>' : undefined,
            footerTemplate: p.footer,
            margin: p.footer ? { top: '14mm', bottom: '18mm', left: '0', right: '0' } : undefined,
          });
          await writeFile(path.join(out, inv.name + '.pdf'), pdf);
        }
      } finally {
        await browser.close();
      }
    }

    // LibreOffice: one conversion run for all sources, with a profile of its own
    const lo = todo.filter((i) => i.page.producer === 'libreoffice');
    if (lo.length) {
      const src = path.join(work, 'src');
      await mkdir(src, { recursive: true });
      const files: string[] = [];
      for (const inv of lo) {
        if (inv.page.producer !== 'libreoffice') continue;
        const f = path.join(src, `${inv.name}.${inv.page.ext}`);
        await writeFile(f, inv.page.source);
        files.push(f);
      }
      const profile = 'file://' + path.join(work, 'lo-profile');
      const htmls = files.filter((f) => f.endsWith('.html'));
      const others = files.filter((f) => !f.endsWith('.html'));
      const base = [`-env:UserInstallation=${profile}`, '--headless'];
      const to = ['--convert-to', 'pdf:writer_pdf_Export', '--outdir', out];
      if (others.length) await run('soffice', [...base, ...to, ...others], { timeout: 300_000 });
      if (htmls.length) await run('soffice', [...base, '--infilter=HTML (StarWriter)', ...to, ...htmls], { timeout: 300_000 });
    }

    // pdf-lib
    for (const inv of todo) {
      if (inv.page.producer !== 'pdf-lib') continue;
      await writeFile(path.join(out, inv.name + '.pdf'), await inv.page.draw());
    }

    // Self-check: every value of the truth must be printed on the page.
    const problems: string[] = [];
    for (const inv of todo) {
      const file = path.join(out, inv.name + '.pdf');
      try {
        await readFile(file);
      } catch {
        throw new Error(`${inv.name}: ${inv.page.producer} made no PDF`);
      }
      const { stdout } = await run('pdftotext', ['-layout', file, '-'], { maxBuffer: 1 << 24 });
      const { stdout: raw } = await run('pdftotext', [file, '-'], { maxBuffer: 1 << 24 });
      const text = norm(stdout) + ' ' + norm(raw);
      for (const s of [inv.truth.number, inv.truth.seller, inv.truth.buyer, ...inv.mustShow]) {
        if (!text.includes(norm(s))) problems.push(`${inv.name}: "${s}" not found in the text`);
      }
    }
    if (problems.length) {
      console.error(problems.join('\n'));
      process.exitCode = 1;
    }

    // truth.json (merged with the existing one when only some were made)
    const truthFile = path.join(out, 'truth.json');
    let invoices: Record<string, Truth> = {};
    if (only) {
      try {
        invoices = JSON.parse(await readFile(truthFile, 'utf8')).invoices;
      } catch {
        invoices = {};
      }
    }
    for (const inv of todo) invoices[inv.name + '.pdf'] = inv.truth;
    const ordered: Record<string, Truth> = {};
    for (const inv of all) if (invoices[inv.name + '.pdf']) ordered[inv.name + '.pdf'] = invoices[inv.name + '.pdf'];
    await writeFile(truthFile, JSON.stringify({ note: NOTE, invoices: ordered }, null, 2) + '\n');
    console.log(`${todo.length} invoice(s) written to ${path.relative(root, out) || out}`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
