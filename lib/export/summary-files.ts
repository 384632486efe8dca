// The summary written out: `summary.json` (the batch, its totals, then the documents one per
// line) and `summary.csv` (one row per document; the totals live in the JSON only, so the CSV
// stays one clean table for spreadsheets; a UTF-8 byte order mark first, for Excel). Both are
// produced row by row.
import { csvFile, csvLine } from './csv';
import type { SummaryDocument, SummaryHead } from './summary';

/** The CSV's columns, in order: the summary row's keys. */
export const SUMMARY_COLUMNS = [
  'filename',
  'status',
  'error_type',
  'error',
  'pages',
  'category',
  'confidence',
  'part_numbers',
  'invoice_number',
  'invoice_date',
  'invoice_total',
  'currency',
  'seller',
  'buyer',
  'processing_ms',
  'attempts',
  'sha256',
  'job_id',
  'export_name',
  'duplicate_of',
  'has_result',
  'partial',
] as const satisfies readonly (keyof SummaryDocument)[];

export async function* summaryJson(head: SummaryHead, documents: AsyncIterable<SummaryDocument>): AsyncGenerator<string> {
  const opening = JSON.stringify({ ...head, documents: [] });
  yield opening.slice(0, -2); // up to and with "documents":[
  let first = true;
  for await (const doc of documents) {
    yield `${first ? '' : ','}\n${JSON.stringify(doc)}`;
    first = false;
  }
  yield '\n]}\n';
}

async function* summaryLines(documents: AsyncIterable<SummaryDocument>): AsyncGenerator<string> {
  yield csvLine(SUMMARY_COLUMNS);
  for await (const doc of documents) yield csvLine(SUMMARY_COLUMNS.map((c) => doc[c]));
}

export const summaryCsv = (documents: AsyncIterable<SummaryDocument>) => csvFile(summaryLines(documents));
