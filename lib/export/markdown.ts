// A document's result as Markdown for the export: title, a metadata table, what the type's
// extractor found, the fields and tables as Markdown tables, then each page's text. Produced in
// pieces (one per section or page) so a 500-page document is never one string twice.
import { categoryLabel, confidencePercent } from '../jobs/result-summary';
import type { DatasheetData, DocumentResult, DomainData, ElectricalCharacteristic, Field, InvoiceData, Table } from '../pipeline/types';

type Cell = string | number | boolean | null | undefined;

/**
 * A value fit for one Markdown table cell or heading: pipes escaped, line breaks flattened, and
 * `<` and `&` written as entities, so a file name or a PDF's title cannot bring raw HTML along
 * (`<img src=x onerror=…>` would run in a viewer that renders HTML in Markdown).
 */
export function mdCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .trim();
}

/** A Markdown table; rows are padded to the widest, an empty header becomes "Column n". */
export function mdTable(header: readonly Cell[], rows: readonly (readonly Cell[])[]): string {
  const width = rows.reduce((w, r) => Math.max(w, r.length), header.length);
  if (width === 0) return '';
  const line = (cells: readonly Cell[]) => `| ${Array.from({ length: width }, (_, i) => mdCell(cells[i])).join(' | ')} |\n`;
  const head = header.length ? header : Array.from({ length: width }, (_, i) => `Column ${i + 1}`);
  return line(head) + `|${' --- |'.repeat(width)}\n` + rows.map(line).join('');
}

const BLOCK_START = /^(#{1,6}(?=\s|$)|>|[-+*](?=\s|$)|\d{1,9}[.)](?=\s|$)|```|~~~|=+\s*$|\|)/;

/** "1." becomes "1\\." (a digit cannot be escaped); other markers get a backslash in front. */
const escapeMarker = (marker: string) => (/^\d/.test(marker) ? `${marker.slice(0, -1)}\\${marker.slice(-1)}` : `\\${marker}`);

/**
 * Page text as Markdown paragraphs: indentation dropped (it would make code blocks), emphasis and
 * HTML characters escaped, and lines that would start a heading, list or quote escaped.
 */
export function mdText(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trimStart().replace(/[\\*`<]/g, (c) => `\\${c}`).replace(BLOCK_START, escapeMarker))
    .join('\n');
}

const words = (key: string) => key.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());

function metadataRows(result: DocumentResult, filename: string): Cell[][] {
  const m = result.metadata;
  const rows: Cell[][] = [['File', filename]];
  const add = (label: string, value: Cell) => {
    if (value !== null && value !== undefined && value !== '') rows.push([label, value]);
  };
  add('Pages', m.page_count);
  if (result.classification) add('Category', `${categoryLabel(result.classification.final_category)} (${confidencePercent(result.classification.confidence)})`);
  add('Language', result.language?.code);
  add('Title', m.title ?? m.xmp?.title);
  add('Author', m.author ?? (m.xmp?.creators.length ? m.xmp.creators.join(', ') : null));
  add('Subject', m.subject);
  add('Keywords', m.keywords);
  add('Creator', m.creator);
  add('Producer', m.producer);
  add('Created', m.creation_date);
  add('Modified', m.modification_date);
  add('PDF version', m.pdf_version);
  if (m.encrypted) add('Encrypted', 'yes');
  add('Workflow', result.workflow);
  return rows;
}

const printedLimit = (c: ElectricalCharacteristic, key: 'min' | 'typ' | 'max') => c.printed[key] ?? (key === 'max' ? c.printed.value : undefined) ?? c[key];

function datasheetSection(domain: DatasheetData): string {
  const parts = domain.part_numbers.length ? `Part numbers: ${domain.part_numbers.map(mdCell).join(', ')}\n\n` : '';
  const packages = domain.packages.length ? `Packages: ${domain.packages.map(mdCell).join(', ')}\n\n` : '';
  const chars = domain.electrical_characteristics;
  const table = chars.length
    ? mdTable(
        ['Table', 'Parameter', 'Symbol', 'Conditions', 'Variant', 'Min', 'Typ', 'Max', 'Unit', 'Page'],
        chars.map((c) => [c.table, c.section ? `${c.section}: ${c.parameter}` : c.parameter, c.symbol, c.conditions, c.variant, printedLimit(c, 'min'), printedLimit(c, 'typ'), printedLimit(c, 'max'), c.unit, c.page]),
      )
    : '';
  const models = (domain.spice_models ?? []).map((m) => `SPICE model of ${mdCell(m.part)} (${m.kind}):\n\n\`\`\`spice\n${m.model}\n\`\`\`\n\n`).join('');
  return parts || packages || table || models ? `${parts}${packages}${table}${models && table ? '\n' : ''}${models}` : '';
}

function invoiceSection(d: InvoiceData): string {
  const money = (n: number | null) => (n === null ? null : `${n.toFixed(2)}${d.currency ? ` ${d.currency}` : ''}`);
  const from = d.source === 'embedded_xml' && d.e_invoice ? `Read from the ${d.e_invoice.format} XML the PDF carries (${d.e_invoice.file}).\n\n` : 'Read from the page.\n\n';
  const rows: Cell[][] = (
    [
      ['Type', d.document_type.replace(/_/g, ' ')],
      ['Number', d.invoice_number],
      ['Date', d.invoice_date],
      ['Due date', d.due_date],
      ['Seller', d.seller],
      ['Buyer', d.buyer],
      ['Net', money(d.subtotal)],
      ['Tax', money(d.tax)],
      ['Total', money(d.total)],
      ['Amount due', money(d.amount_due)],
      ['Seller VAT ID', d.seller_details.vat_id],
      ['Buyer VAT ID', d.buyer_details.vat_id],
      ['IBAN', d.payment.iban],
      ['BIC', d.payment.bic],
      ['Payment terms', d.payment.terms],
    ] as [string, string | null][]
  ).filter(([, v]) => v !== null);
  const checks = d.checks.map((c) => `- ${c.ok ? 'OK' : 'Does not add up'}: ${mdCell(c.detail)}\n`).join('');
  const lines = d.line_items.length
    ? `\n${mdTable(['Description', 'Quantity', 'Unit price', 'Net amount', 'Tax %'], d.line_items.map((l) => [l.description, l.quantity, l.unit_price, l.net_amount, l.tax_rate]))}`
    : '';
  return `${from}${mdTable(['Field', 'Value'], rows)}${checks ? `\n${checks}` : ''}${lines}`;
}

function domainSection(domain: DomainData): string {
  const title = `## ${categoryLabel(domain.type)} data\n\n`;
  if (domain.type === 'datasheet') {
    const body = datasheetSection(domain);
    return body ? `${title}${body}` : '';
  }
  if (domain.type === 'invoice') return `${title}${invoiceSection(domain)}`;
  const rows = Object.entries(domain)
    .filter(([key, value]) => key !== 'type' && value !== null && !(Array.isArray(value) && value.length === 0))
    .map(([key, value]): Cell[] => [words(key), Array.isArray(value) ? value.join(', ') : (value as Cell)]);
  return rows.length ? `${title}${mdTable(['Field', 'Value'], rows)}` : '';
}

const fieldsSection = (fields: readonly Field[]) => `## Fields\n\n${mdTable(['Field', 'Value', 'Page'], fields.map((f) => [f.key, f.value, f.page]))}`;

const tableSection = (table: Table, n: number) => `### Table ${n} (page ${table.page})\n\n${mdTable(table.header, table.rows)}`;

export function* resultMarkdown(result: DocumentResult, filename: string): Generator<string> {
  const title = result.metadata.title ?? result.metadata.xmp?.title ?? filename;
  yield `# ${mdCell(title)}\n\n`;
  yield `${mdTable(['Property', 'Value'], metadataRows(result, filename))}\n`;
  if (result.partial || result.warnings.length) {
    const lines = result.warnings.map((w) => `> - ${mdCell(w)}\n`).join('');
    yield `> **${result.partial ? 'Partial result' : 'Warnings'}**\n>\n${lines}\n`;
  }
  const domain = result.domain ? domainSection(result.domain) : '';
  if (domain) yield `${domain}\n`;
  if (result.fields?.length) yield `${fieldsSection(result.fields)}\n`;
  if (result.tables?.length) {
    yield '## Tables\n\n';
    for (let i = 0; i < result.tables.length; i++) yield `${tableSection(result.tables[i], i + 1)}\n`;
  }
  yield '## Text\n\n';
  for (const page of result.pages) {
    const body = page.text.trim() ? mdText(page.text) : page.needs_ocr ? '*No text layer: a scan or a picture of text.*' : '*No text.*';
    const ocr = page.ocr?.used
      ? `*Read by OCR (${page.ocr.engine}, ${page.ocr.language}), confidence ${page.ocr.confidence ?? '?'} %${page.ocr.low_confidence ? ': low, the text may be wrong' : ''}.*\n\n`
      : '';
    yield `### Page ${page.number}\n\n${ocr}${body}\n\n`;
  }
}
