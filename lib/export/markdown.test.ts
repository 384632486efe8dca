import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { DocumentResult } from '../pipeline/types';
import { mdCell, mdTable, mdText, resultMarkdown } from './markdown';

// A real result: what full_extraction gives for e2e/fixtures/generated/invoice-1.pdf.
const invoice: DocumentResult = JSON.parse(readFileSync(new URL('./fixtures/invoice-1.result.json', import.meta.url), 'utf8'));
const markdown = (result: DocumentResult, name = 'invoice-1.pdf') => [...resultMarkdown(result, name)].join('');

test('a real invoice: title, metadata, invoice data, fields, the line items, then the text', () => {
  const md = markdown(invoice);
  assert.ok(md.startsWith('# invoice-1.pdf\n\n| Property | Value |\n| --- | --- |\n| File | invoice-1.pdf |\n| Pages | 1 |\n'), md.slice(0, 200));
  assert.match(md, /^\| Category \| Invoice \(\d+%\) \|$/m);
  assert.match(md, /^\| Language \| en \|$/m);
  assert.match(md, /^## Invoice data\n\nRead from the page\.\n\n\| Field \| Value \|\n\| --- \| --- \|\n\| Type \| invoice \|\n\| Number \| INV-2026-5731 \|$/m);
  assert.match(md, /^\| Total \| 12184\.44 USD \|$/m);
  assert.match(md, /^- OK: 11076\.76 \+ 1107\.68 = 12184\.44$/m);
  assert.match(md, /^## Fields\n\n\| Field \| Value \| Page \|$/m);
  assert.match(md, /^\| Invoice No\. \| INV-2026-5731 \| 1 \|$/m);
  assert.match(md, /^### Table 1 \(page 1\)\n\n\| Description \| Qty \| Unit Price \| Amount \|\n\| --- \| --- \| --- \| --- \|\n\| Consulting services \(hours\) \| 11 \| \$32\.95 \| \$362\.45 \|$/m);
  assert.match(md, /^## Text\n\n### Page 1\n\nNorthwind Traders GmbH\n/m);
  assert.ok(md.indexOf('## Fields') < md.indexOf('## Tables') && md.indexOf('## Tables') < md.indexOf('## Text'));
});

test('a document title from its metadata, warnings as a quote, a scan page said to be one', () => {
  const result: DocumentResult = {
    ...invoice,
    metadata: { ...invoice.metadata, title: 'Quarterly | Report' },
    partial: true,
    warnings: ['page 2 could not be read'],
    pages: [{ number: 1, width: 1, height: 1, text: '', has_text_layer: false, image_count: 1, needs_ocr: true }],
    tables: [],
    fields: [],
    domain: null,
  };
  const md = markdown(result);
  assert.ok(md.startsWith('# Quarterly \\| Report\n'));
  assert.match(md, /^> \*\*Partial result\*\*\n>\n> - page 2 could not be read\n/m);
  assert.match(md, /### Page 1\n\n\*No text layer: a scan or a picture of text\.\*/);
  assert.ok(!md.includes('## Fields') && !md.includes('## Tables') && !md.includes('## Invoice data'));
});

test('a page read by OCR says so, with its confidence', () => {
  const ocr = { used: true, engine: 'tesseract.js 7.0.0', language: 'eng', confidence: 52.5, seconds: 2.1, low_confidence: true };
  const md = markdown({ ...invoice, pages: [{ number: 1, width: 1, height: 1, text: 'Invoice INV-7', has_text_layer: false, image_count: 1, needs_ocr: true, ocr }] });
  assert.match(md, /### Page 1\n\n\*Read by OCR \(tesseract\.js 7\.0\.0, eng\), confidence 52\.5 %: low, the text may be wrong\.\*\n\nInvoice INV-7/);
});

test('table cells: pipes escaped, line breaks flattened, ragged rows padded, a missing header named', () => {
  assert.equal(mdCell('a | b\nc'), 'a \\| b c');
  assert.equal(mdCell(null), '');
  assert.equal(mdTable([], [['a', 'b'], ['c']]), '| Column 1 | Column 2 |\n| --- | --- |\n| a | b |\n| c |  |\n');
  assert.equal(mdTable([], []), '');
});

test('page text: lines that would turn into headings, lists, quotes or code are escaped', () => {
  assert.equal(mdText('# 1 not a heading\n- dash\n1. Safety\n> quoted\n    indented\n*stars* <b>\nplain text - with dash'), '\\# 1 not a heading\n\\- dash\n1\\. Safety\n\\> quoted\nindented\n\\*stars\\* \\<b>\nplain text - with dash');
});

test('no raw HTML from names, titles, cells or text: < and & become entities (or are escaped in text)', () => {
  const evil = '<img src=x onerror=alert(1)>';
  const result: DocumentResult = {
    ...invoice,
    metadata: { ...invoice.metadata, title: `${evil} & <script>alert(2)</script>` },
    fields: [{ ...invoice.fields![0], value: `<a href="javascript:alert(3)">x</a>` }],
    pages: [{ ...invoice.pages[0], text: `<iframe src="https://evil.example"></iframe>\n  <b>bold</b>` }],
  };
  const md = markdown(result, `${evil}.pdf`);
  assert.doesNotMatch(md, /(?<!\\)<[a-z/!?]/i, 'every < is an entity or escaped');
  assert.match(md, /^\\<iframe src="https:\/\/evil\.example">\\<\/iframe>$/m);
  assert.ok(md.startsWith('# &lt;img src=x onerror=alert(1)> &amp; &lt;script>alert(2)&lt;/script>\n'), md.slice(0, 120));
  assert.match(md, /^\| File \| &lt;img src=x onerror=alert\(1\)>\.pdf \|$/m);
  assert.equal(mdCell('AT&T <x> | y'), 'AT&amp;T &lt;x> \\| y');
});

test("a datasheet's SPICE models as fenced spice blocks after its characteristics", () => {
  const model = { part: 'BC557', kind: 'PNP' as const, model: '* BC557: PNP transistor\n.model BC557 PNP(IS=1e-14 BF=300 TNOM=25)', parameters: {}, checks: [] };
  const result: DocumentResult = { ...invoice, domain: { type: 'datasheet', part_numbers: ['BC557'], packages: [], ordering: [], key_ratings: [], electrical_characteristics: [], spice_models: [model] } };
  const md = markdown(result, 'BC556557.pdf');
  assert.ok(md.includes('SPICE model of BC557 (PNP):\n\n```spice\n* BC557: PNP transistor\n.model BC557 PNP(IS=1e-14 BF=300 TNOM=25)\n```\n'), md);
});
