// Measures the invoice extractor on real invoices with a truth file: the whole pipeline (the one the
// worker threads run), each file read twice: as it is (the embedded e-invoice XML, where it has one)
// and with its attachments removed (the page alone). Prints per field how many came out right.
//   npx tsx scripts/measure-invoices.ts [--dir <folder with truth.json>] [--only page|xml] [--verbose] [--json]
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runPipeline } from '../lib/pipeline/run-pipeline';
import type { DocumentResult, InvoiceData } from '../lib/pipeline/types';
import { SCORED, scoreInvoice, type InvoiceTruth, type Outcome, type ScoredField } from './support/invoice-score';
import { stripAttachments } from './support/strip-attachments';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED_INVOICES = path.resolve(root, '..', 'shared', 'corpus', 'invoices');

export type FileOutcome = { file: string; mode: 'xml' | 'page'; category: string; fields: Record<ScoredField, Outcome>; found: InvoiceData | null; truth: InvoiceTruth };

export async function loadTruth(dir: string): Promise<Record<string, InvoiceTruth>> {
  const raw = JSON.parse(await readFile(path.join(dir, 'truth.json'), 'utf8')) as { invoices: Record<string, InvoiceTruth> };
  return raw.invoices;
}

/** Runs the pipeline on one file as the worker does (full extraction). */
export async function extract(file: string): Promise<DocumentResult> {
  return runPipeline({ type: 'run', jobId: 'measure', file, workflow: 'full_extraction', maxPages: 500, timeLimitMs: 120_000 }, () => undefined);
}

export async function measureInvoices(dir: string, modes: ('xml' | 'page')[], names?: string[]): Promise<FileOutcome[]> {
  const truth = await loadTruth(dir);
  const work = await mkdtemp(path.join(tmpdir(), 'measure-invoices-'));
  const out: FileOutcome[] = [];
  try {
    for (const name of names ?? Object.keys(truth)) {
      const original = path.join(dir, name);
      for (const mode of modes) {
        let file = original;
        if (mode === 'page') {
          file = path.join(work, name);
          await writeFile(file, await stripAttachments(new Uint8Array(await readFile(original))));
        }
        const result = await extract(file);
        const category = result.classification?.final_category ?? 'none';
        const found = result.domain?.type === 'invoice' ? result.domain : null;
        out.push({ file: name, mode, category, found, truth: truth[name], fields: scoreInvoice(found, truth[name], mode === 'page') });
      }
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return out;
}

export type Summary = Record<ScoredField | 'classified', { right: number; of: number }>;

export function summarise(outcomes: FileOutcome[]): Summary {
  const summary = { classified: { right: 0, of: 0 } } as Summary;
  for (const field of SCORED) summary[field] = { right: 0, of: 0 };
  for (const o of outcomes) {
    summary.classified.of++;
    if (o.category === 'invoice') summary.classified.right++;
    for (const field of SCORED) {
      const outcome = o.fields[field];
      if (outcome === 'skipped') continue;
      summary[field].of++;
      if (outcome === 'right') summary[field].right++;
    }
  }
  return summary;
}

const pct = (s: { right: number; of: number }) => (s.of ? `${((100 * s.right) / s.of).toFixed(1)} % (${s.right}/${s.of})` : '-');

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const dir = path.resolve(option('--dir') ?? SHARED_INVOICES);
  const only = option('--only') as 'page' | 'xml' | undefined;
  const modes: ('xml' | 'page')[] = only ? [only] : ['xml', 'page'];
  const files = option('--files')?.split(',');
  const outcomes = await measureInvoices(dir, modes, files);
  if (args.includes('--json')) {
    console.log(JSON.stringify(outcomes, null, 1));
  } else {
    for (const mode of modes) {
      const mine = outcomes.filter((o) => o.mode === mode);
      const summary = summarise(mine);
      console.log(`\n${mode === 'xml' ? 'As it is (embedded XML where present)' : 'Page only (attachments removed)'}: ${mine.length} files from ${dir}`);
      for (const [field, s] of Object.entries(summary)) console.log(`  ${field.padEnd(11)} ${pct(s)}`);
      if (args.includes('--verbose')) {
        for (const o of mine) {
          const bad = SCORED.filter((f) => o.fields[f] === 'wrong' || o.fields[f] === 'missing');
          if (!bad.length && o.category === 'invoice') continue;
          console.log(`  ${o.file} [${o.category}]`);
          for (const f of bad) {
            const key = { number: 'invoice_number', issue_date: 'invoice_date', total: 'total', currency: 'currency', seller: 'seller', buyer: 'buyer', due_date: 'due_date', tax: 'tax', net: 'subtotal', type: 'document_type' }[f] as keyof InvoiceData;
            const expected = { number: o.truth.number, issue_date: o.truth.issue_date, total: o.truth.grand_total, currency: o.truth.currency, seller: o.truth.seller, buyer: o.truth.buyer, due_date: o.truth.due_date, tax: o.truth.tax_total, net: o.truth.net_total, type: o.truth.type_code }[f];
            console.log(`      ${f.padEnd(10)} ${o.fields[f].padEnd(7)} found ${JSON.stringify(o.found?.[key] ?? null)} expected ${JSON.stringify(expected)}`);
          }
        }
      }
    }
  }
}
