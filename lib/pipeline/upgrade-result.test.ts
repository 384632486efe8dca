// Results stored by the version before invoices and datasheets gained their fields: every reader
// of a stored result (document view, Markdown, characteristics CSV) takes them once upgraded.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { DomainSection } from '../../components/document/DomainSection';
import { characteristicsCsv } from '../export/characteristics-csv';
import { resultMarkdown } from '../export/markdown';
import type { DocumentResult, DomainData } from './types';
import { upgradeDomain, upgradeResult } from './upgrade-result';

const oldInvoice: DocumentResult = JSON.parse(readFileSync(new URL('../export/fixtures/invoice-1.v1.result.json', import.meta.url), 'utf8'));
const oldDatasheet = {
  type: 'datasheet',
  part_numbers: ['LM358'],
  electrical_characteristics: [{ parameter: 'Supply voltage', symbol: 'VCC', conditions: null, min: 3, typ: null, max: 32, unit: 'V', page: 4 }],
} as unknown as DomainData;

const markdown = (r: DocumentResult) => [...resultMarkdown(r, 'old.pdf')].join('');
const view = (domain: DomainData | null) => renderToStaticMarkup(createElement(DomainSection, { domain, category: domain?.type ?? null }));

test('an invoice stored by the earlier version shows, exports and keeps its values', () => {
  assert.equal(oldInvoice.domain?.type, 'invoice');
  const upgraded = upgradeResult(oldInvoice);
  const html = view(upgraded.domain ?? null);
  assert.match(html, /INV-2026-5731/);
  assert.doesNotMatch(html, /undefined/);
  assert.match(markdown(upgraded), /INV-2026-5731/);
});

test('a datasheet stored by the earlier version shows its rows, and its characteristics CSV is written', () => {
  const upgraded = upgradeDomain(oldDatasheet);
  assert.ok(upgraded?.type === 'datasheet');
  assert.match(view(upgraded), /Supply voltage/);
  const csv = [...characteristicsCsv('old.pdf', upgraded)].join('');
  assert.match(csv, /Supply voltage/);
  assert.match(markdown({ ...oldInvoice, domain: upgraded }), /Supply voltage/);
});

test('without the upgrade, the old shapes are what broke the readers', () => {
  assert.throws(() => view(oldInvoice.domain ?? null));
  assert.throws(() => [...characteristicsCsv('old.pdf', oldDatasheet as Extract<DomainData, { type: 'datasheet' }>)]);
});
