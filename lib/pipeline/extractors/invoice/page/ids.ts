// Identifiers with a fixed form, found anywhere on the page: IBAN (with its checksum), BIC, VAT
// numbers of the EU, the UK, Switzerland and India (GSTIN), each with the text around it, so that
// the parties can be told apart by which block holds which number.
import { isValidIban } from '../../../detect/entities';
import type { Cell, PageCells } from './cells';
import { matchLabel } from './labels';

export type IdFound = { value: string; cell: Cell; labelled: boolean };

const IBAN = /\b([A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?)\b/g;
const BIC = /\b([A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?)\b/g;
// EU VAT: a country prefix and 8-12 characters; GB 9 or 12 digits; CHE-123.456.789 (MWST|TVA|IVA); India GSTIN.
const VAT =
  /\b((?:ATU\d{8}|BE[01]\d{9}|BG\d{9,10}|CY\d{8}[A-Z]|CZ\d{8,10}|DE\d{9}|DK\d{8}|EE\d{9}|EL\d{9}|ES[A-Z0-9]\d{7}[A-Z0-9]|FI\d{8}|FR[A-HJ-NP-Z0-9]{2}\d{9}|HR\d{11}|HU\d{8}|IE\d{7}[A-W][A-I]?|IE\d[A-Z+*]\d{5}[A-W]|IT\d{11}|LT(?:\d{9}|\d{12})|LU\d{8}|LV\d{11}|MT\d{8}|NL\d{9}B\d{2}|PL\d{10}|PT\d{9}|RO\d{2,10}|SE\d{12}|SI\d{8}|SK\d{10}|GB(?:\d{9}|\d{12}|GD\d{3}|HA\d{3})|XI\d{9}|CHE[-.\s]?\d{3}\.?\d{3}\.?\d{3}(?:\s?(?:MWST|TVA|IVA))?|\d{2}[A-Z]{5}\d{4}[A-Z][1-9A-Z]Z[0-9A-Z]))\b/g;

/** "DE 123 456 789" → "DE123456789": VAT numbers printed with spaces or dots. */
const compactVat = (text: string) => text.replace(/\b([A-Z]{2})[\s.]?(\d{2,3})[\s.](\d{3})[\s.](\d{3,4})(?:[\s.](\d{2,3}))?\b/g, (_m, cc, a, b, c, d = '') => `${cc}${a}${b}${c}${d}`);

export function findIbans(pages: PageCells[]): IdFound[] {
  const out: IdFound[] = [];
  for (const page of pages) {
    for (const cell of page.cells) {
      for (const m of cell.text.toUpperCase().matchAll(IBAN)) {
        const compact = m[1].replace(/\s/g, '');
        if (isValidIban(compact) && !out.some((o) => o.value === compact)) out.push({ value: compact, cell, labelled: /iban/i.test(cell.text) });
      }
    }
  }
  return out;
}

export function findBics(pages: PageCells[]): IdFound[] {
  const out: IdFound[] = [];
  for (const page of pages) {
    page.cells.forEach((cell, i) => {
      // Only next to a BIC / SWIFT label (in the cell or the one before): eight capitals are often a word.
      const context = `${page.cells[i - 1]?.text ?? ''} ${cell.text}`;
      if (!/\b(?:bic|swift)\b/i.test(context)) return;
      const after = cell.text.replace(/^.*?\b(?:bic|swift)(?:[- ]?code)?\b\s*[:.]?\s*/i, '');
      for (const m of after.matchAll(BIC)) {
        if (/^(?:IBAN|BANK|SWIFT)/.test(m[1])) continue;
        if (!out.some((o) => o.value === m[1])) out.push({ value: m[1], cell, labelled: true });
        break;
      }
    });
  }
  return out;
}

export function findVatIds(pages: PageCells[]): IdFound[] {
  const out: IdFound[] = [];
  for (const page of pages) {
    page.cells.forEach((cell, i) => {
      const text = compactVat(cell.text.toUpperCase());
      for (const m of text.matchAll(VAT)) {
        const value = m[1].replace(/\s/g, '');
        const label = matchLabel(cell.text) ?? matchLabel(page.cells[i - 1]?.text ?? '');
        if (!out.some((o) => o.value === value)) out.push({ value, cell, labelled: label?.kind === 'vat_id' });
      }
    });
  }
  return out;
}

/** ISO country of a VAT number ("EL" is Greece; a GSTIN is Indian). */
export function countryOfVat(vat: string): string | null {
  if (/^\d{2}[A-Z]{5}/.test(vat)) return 'IN';
  if (vat.startsWith('CHE')) return 'CH';
  if (vat.startsWith('EL')) return 'GR';
  if (vat.startsWith('XI')) return 'GB';
  return /^[A-Z]{2}/.test(vat) ? vat.slice(0, 2) : null;
}
